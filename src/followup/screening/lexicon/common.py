"""Rules that do not depend on the language: digits, currency, addresses on the wire, control tokens."""

from ..findings import Category
from . import Lexicon
from .indirect import PHRASES as INDIRECT

C = Category

# An amount of money written with a currency: "$160k", "65 k€", "85.000 €", "700 euros".
MONEY = (
    r"(?:[$€£]\s?\d[\d,.]*(?:\s?[km]\b)?"
    r"|\b\d[\d,.]*\s?(?:[km]\s?)?(?:[$€£]|eur\b|euros?\b|usd\b|dollars?\b|gbp\b|pounds?\b|chf\b))"
)

# Business figures are evidence of achievement, not pay: "saved $2M in cloud costs".
BUSINESS = (
    r"(?:sav(?:ed|ing|ings)|cut|reduc\w*|generat\w*|rais(?:ed|ing)|clos(?:ed|ing)|grew|grow\w*|revenue"
    r"|arr|mrr|worth|costs?|spend\w*|quota|deals?|pipeline|contracts?|funding|sales|bookings|turnover"
    r"|valuation|econom\w*|chiffre d'affaires|ca|umsatz|einsparung\w*|eingespart|ventas|ahorr\w*"
    r"|facturacion|ingresos|gmv|volume|portfolio|aum|acv|tcv|aov|ltv|cac|deal size|contract value"
    r"|ticket size|credits?|grants?|rebates?|refunds?|relief)"
)

# The same words as triggers (see lexicon/__init__.py): a look-alike is only tried when one occurs.
BUSINESS_WORDS = (
    "sav* cut reduc* generat* rais* clos* grew grow* revenue arr mrr worth cost costs spend* quota deal"
    " deals pipeline contract* funding sales bookings turnover valuation econom* chiffre ca umsatz"
    " einsparung* eingespart ventas ahorr* facturacion ingresos gmv volume portfolio aum acv tcv aov ltv"
    " cac size value ticket credit credits grant grants rebate rebates refund refunds relief"
)

LEXICON = Lexicon(
    language="common",
    macros={"MONEY": MONEY, "BUSINESS": BUSINESS},
    phrases=[
        # A phone extension: "ext 2214", "poste 4410", "Durchwahl 312".
        (C.PERSONAL_DATA, "phone_extension", "ext extension poste durchwahl dw",
            r"\b(?:ext|extension|poste|durchwahl|dw)\.?\s*:?\s*\d{3,5}\b"),
        # Batch u, dev half: stars for a score, a passport's number, long Covid.
        (C.SCORE, "stars", "=★ =☆", r"[★☆]{3,}"),
        (C.PERSONAL_DATA, "passport_number", "passport passeport pasaporte reisepass",
            r"\b(?:passport|passeport|pasaporte|reisepass)\s*(?:no\.?|number|nr\.?|n°|nº|n\.º|#|num(?:ero)?)?"
            r"\s*:?\s*[a-z]{0,2}\d{6,10}\b"),
        (C.HEALTH, "long_covid", "covid fibromialgia fibromyalgia fibromyalgie",
            r"\blong[- ]covid\b|\bfibromial\w*|\bfibromyal\w*"),
        # A rating over a usual scale, numerator not above the denominator: 3.5/4, 2/5, 7/10, 14/20.
        # Not 24/7, 50/50, "1/3 of her time", dates such as "on 3/4" or "3/4/2024".
        (C.SCORE, "fraction", "=/", r"(?<![\w./,-])(?<!on )(?<!by )(?<!le )(?<!am )(?<!el )"
            r"(?:[0-4](?:[.,]\d{1,2})?\s*/\s*4|[0-5](?:[.,]\d{1,2})?\s*/\s*5"
            r"|(?:10|\d)(?:[.,]\d{1,2})?\s*/\s*10|(?:1\d|20|\d)(?:[.,]\d{1,2})?\s*/\s*20"
            r"|(?:100|\d{1,2})(?:[.,]\d{1,2})?\s*/\s*100)"
            # "17/20 de ma part" is a score given; "3/4 de son temps" a share.
            r"(?!\w|[./]\d|\s*(?:of|de(?! (?:ma|sa|notre|leur|la) part)|des|du|von|der|del)\b)"),
        (C.COMPENSATION, "money",
            "=$ =€ =£ eur euro euros usd dollar dollars gbp pound pounds chf",
            r"{MONEY}"),
        # A note addressed to whoever (or whatever) writes the draft, in any of the four languages:
        # "Pour le brouillon : ...", "Hinweis für den Entwurf: ...", "Instrucción: ...",
        # "[[assistant: ...]]" (found in the dev half of blind batch j).
        # Batch r, dev half: the same said mid-line, with a comma or a dash, or to "IA" by name.
        (C.INSTRUCTION, "note_for_the_draft_inline",
            "draft drafter brouillon entwurf borrador ia ai ki bot override",
            r"\bnotes? (?:for|to) (?:the )?(?:draft|drafter|email writer|writer|assistant|ai|tool|bot)\b"
            r"|\b(?:pour le brouillon|para el borrador|fur den entwurf|for the draft)\s*[,:;-]"
            r"|\b(?:ojo|oye|hey|attention|achtung|note|nota|ok)\s*,?\s*(?:ia|ai|ki|bot|asistente|assistant)"
            r"\s*[,:;-]|\bsystem override\b|\bdecision\s*=\s*(?:advance|offer|hire|reject|hold)\b"),
        (C.INSTRUCTION, "note_for_the_draft",
            "draft drafting brouillon entwurf borrador instruccion instrucciones consigne consignes "
            "assistant system ia ki ai writer",
            r"(?:^|\n)\s*(?:for|to) the (?:draft|drafting tool|email draft|email writer)\s*:"
            r"|(?<=\bpour )(?:le brouillon|l'ia|l ia)\s*:|\bconsignes? (?:pour|a) l'?\s?ia\b"
            r"|\b(?:hinweis|anweisung|notiz) (?:fur|an) (?:den entwurf|die ki)\s*:"
            r"|(?:^|\n)\s*fur den entwurf\s*:"
            r"|\bpara el borrador\s*:|(?<=\bpara )la ia\s*:|(?:^|\n)\s*instruccion(?:es)?\s*:"
            r"|\[\[\s*(?:assistant|system|ai)\s*:"),
        # Holy days and faiths named without the word "religion": "No trabaja en Yom Kipur",
        # "Zeuge Jehovas" (batch j, dev half).
        (C.RELIGION, "faith_named", "yom jom kipur kippur jehova jehovas jehovah",
            r"\b[yj]om kipp?ur\b|\bjehovah?s?\b"),
        (C.PERSONAL_DATA, "bank_account",
            "sort acc account acct a/c",
            r"\bsort code\s*:?\s*\d{2}-\d{2}-\d{2}\b|\b(?:acc|account|acct|a/c)(?: no\.?| number| nr)?\s*"
            r":?\s*"
            r"\d{8}\b"),
        (C.PERSONAL_DATA, "french_social_security",
            "#digit",
            r"\b[12] ?\d\d ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d\d|2[ab]) ?\d{3} ?\d{3} ?\d\d\b"),
        # Grades as letters: "B- au global", "A+ on the case study".
        (C.SCORE, "letter_grade",
            "=+ =-",
            r"(?<![\w+-])[a-f][+-](?=[\s,.;:)]|$)"
            # ... in a grade's place: at the end, before a comma, or before what it grades; not "A-
            # days, B- nights", "e- and m-commerce", "A- und B-Säule".
            r"(?=\s*(?:[,.;:)!?]|$|(?:on|in|for|at|overall|global|globale?|sur|au|aux|en|pour|bei|im"
            r"|insgesamt|from|von|de|del|para|con|sobre|across|throughout|with|candidate|candidat\w*"
            r"|kandidat\w*|hire|performer|profile|profil|perfil|grade|note|nota|average|moyenne|from)\b))"),
        (C.PERSONAL_DATA, "email_address", "=@", r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b"),
        (C.PERSONAL_DATA, "iban",
            "#digit",
            r"\b[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){3,7}(?:\s?[a-z0-9]{1,3})?\b"),
        (C.PERSONAL_DATA, "us_ssn", "#digit", r"\b\d{3}-\d{2}-\d{4}\b"),
        # Local or fictional numbers that phonenumbers cannot validate, introduced as a number.
        (C.PERSONAL_DATA, "phone_in_context",
            "phone mobile cell tel telephone number whatsapp portable numero handy* telefon* nummer movil "
            "telefono celular",
            r"\b(?:phone|mobile|cell|tel|telephone|number|whatsapp|portable|numero|handy\w*|telefon\w*"
            r"|nummer|movil|telefono|celular)\b[^.\n\d]{0,25}\+?\(?\d[\d\s().-]{5,}\d"),
        (C.INSTRUCTION, "control_token", "=<| =[inst =[/inst =<<sys =## begin",
            r"<\|[a-z_]+\|>|\[/?inst\]|<</?sys>>|#{2,}\s*(?:instructions?|system|response)\b"
            r"|\bbegin (?:system|admin) (?:prompt|message)\b"),
        *INDIRECT,  # said without the usual keyword, in any language: indirect.py
        (C.PERSONAL_DATA, "social_handle",
            "instagram insta tiktok twitter facebook ig linkedin github gitlab behance dribbble",
            r"\b(?:instagram|insta|tiktok|twitter|facebook|ig|linkedin)\b[^.\n]{0,15}@[\w.]{3,30}"
            r"|\b(?:github|gitlab|linkedin|instagram|twitter|behance|dribbble)\.com/[\w./-]+"),
    ],
    look_alikes=[
        # Visas as the work of an admissions office or a mobility team: "procédures visa étudiant",
        # "student visa applications", "Visumanträge für Studierende", "trámites de visado".
        ("visa visas visum visado visados",
            r"\b(?:procedures?|dossiers?|demandes?|formalites?|applications?|processing|paperwork|antrage?"
            r"|tramites?|solicitudes?|gestion)\s+(?:de |d'|of |for |fur |von |)?(?:\w+ )?(?:visas?|visum"
            r"|visados?)\b|\b(?:visas?|visum|visados?)\s+(?:etudiants?|d'etudes|student|students"
            r"|fur studierende|de estudiante|de estudios|applications?|antrage?|solicitudes?|procedures?"
            r"|processing)\b"),
        # An IBM midrange machine, not a score: "un AS/400 de los años 90".
        ("as/400 as400 =as/400", r"\bas/400\b"),
        # The children of a lesson, taking part: "los niños participaron", "all the kids joined in".
        ("kids children ninos ninas enfants kinder pupils alumnos",
            r"\b(?:the|los|las|les|die|all the|todos los|tous les|alle) (?:kids|children|ninos|ninas|enfants"
            r"|kinder|pupils|alumnos) (?:participa\w*|took part|joined in|were engaged|listened|sang|played"
            r" along|ont participe|participent|ont chante|machten mit|haben mitgemacht|sangen)\b"),
        # The children of a class: "los niños de 3.º", "the kids in Year 4".
        ("kids children ninos ninas enfants kinder pupils alumnos",
            r"\b(?:the|los|las|les|die) (?:kids|children|ninos|ninas|enfants|kinder|pupils|alumnos)"
            # A class is named ("3.º", "Year 4"), never a bare age: "los niños de 3 y 5 años" are hers.
            r" (?:de|in|of|en|der|du|des) (?:\d\.?\s?[ºª°]|\d(?:st|nd|rd|th|e|eme)\b|year|y\d|grade|class"
            r"|clase|classe|klasse|primero|segundo|tercero|cuarto|quinto|sexto|infantil|primaria|reception"
            r"|nursery)"),
        # A property or a thing valued or sold: "a estimé le T3 à 285 000 €", "valued the flat at £450k".
        ("estim* evalu* valoris* vend* vendu* tasad* taso valorad* valued priced sold listed bewert*"
         " verkauf* geschatzt*",
            r"\b(?:estim|evalu|valoris|vend|tasad|taso|valorad|valued|priced|sold|listed|bewert|verkauf"
            r"|geschatzt)\w* (?:le|la|l'|un|une|el|una|the|a|an|das|die|den|einen|eine|ein)\s?(?:[\w'-]+ )"
            r"{0,2}?(?:a|en|para|at|for|auf|fur|zu|um|sur) (?:\d{1,3}[ \u00a0\u202f])*{MONEY}"),
        # A law's or a decree's number: "Ley 39/2015", "loi n° 78/17".
        ("ley loi gesetz law decreto directiva directive reglamento orden",
            r"\b(?:ley|loi|gesetz|law|decreto|real decreto|directiva|directive|reglamento|orden)"
            # A year or a "n°" says it is a law; "Contract law 8/10" is a score.
            r"(?: organica)?\s*(?:\d+/(?:19|20)\d\d|(?:n°|no\.?|nr\.?)\s*\d+/\d{2,4})\b"),
        # Millions and billions are a project's, a budget's or a company's, not a person's pay:
        # "the £12m school build", "a 3,5 Mio. € Umbau".
        ("=$ =€ =£ m bn mn million millions billion mio millones milliard milliards",
            # An article before the sum, as for a thing; not "wants £1.2m all-in".
            r"\b(?:a|an|the|its|our|this|that|of|un|una|el|la|le|les|los|las|die|der|das|ein|eine|einen"
            r"|einem|einer|von|de|du|des) (?:[$€£]\s?\d+(?:[.,]\d+)?\s?(?:m|bn|mn|million|millions"
            r"|billion|mio\.?|millones|milliards?)\b|\d+(?:[.,]\d+)?\s?(?:m|bn|mn|million|millions|billion"
            r"|mio\.?|millones|milliards?)\s?(?:[$€£]|eur\b|euros?\b|usd\b|dollars?\b|gbp\b|pounds?\b))"
            r"(?!\s*(?:all-in|package|total|ote|salary|base|a year|per year|pa\b|p\.a\.|comp\b))"),
        # The price of a thing, an article before it: "a £40k product launch", "a €35 Chablis";
        # never a word of pay after it ("a £55k salary", "the 45k package"), nor a sum a person
        # has, wants or is offered ("has a £52k counter-offer", "wants a £2k car allowance").
        ("=$ =€ =£ eur euro euros usd dollars gbp pounds chf",
            r"(?<!\bhas )(?<!\bhad )(?<!\bhave )(?<!\bwants )(?<!\bwanted )(?<!\bwant )(?<!\bexpects )"
            r"(?<!\bexpected )(?<!\bexpecting )(?<!\bexpect )(?<!\bneeds )(?<!\bneed )(?<!\bneeded )"
            r"(?<!\bfor )(?<!\bgot )(?<!\bgets )(?<!\bon )(?<!\boffered )(?<!\breceives )(?<!\breceived )"
            r"(?<!\bdemands )(?<!\bmentioned )(?<!\bwould take )(?<!\bholding )(?<!\bholds )"
            r"\b(?:a|an|the|our|its|this|that|ran|run|runs|delivered|managed|led|owned|planned|sold"
            r"|suggested|recommended|quoted|priced) {MONEY}\s+(?!(?:salary|salaries|package|raise|rise"
            r"|increase|bonus|base|basic|pay|rate|day|a|per|pa|p|ote|total|comp|retainer|stipend|allowance"
            r"|pension|signing|relocation|equity|contract|role|job|position|post|offer|budget|all-in|plus"
            r"|minimum|max|maximum|min|cap|ceiling|floor|band|range|limit|or|and|to|if|but|net|gross|annual"
            r"|yearly|monthly|hourly|an|ish|mark|sueldo|salario|salaire|gehalt|brut|brutto|netto|neto"
            r"|bruto|fixe|fijo|anuales|par|por|pro|im|al|au"
            # nor a person's figure: "the £78,000 you mentioned", "the £46k she is after".
            r"|you|your|you're|you've|she|he|they|we|i|it|that|which|who|is|was|were|are|would|will"
            r"|could|mentioned|asked|requested|expected|wanted|discussed|figure|number|sum|amount|level"
            r"|target|expectations?|ask|request|que|vous|tu|sie|du|ihr|usted"
            # nor what pays a person: "a £5k uplift", "a £3k sign-on", "a £2k car allowance".
            r"|counter-offer|counteroffer|counter|uplift|sign-on|sign|car|golden|retention|bump|top-up"
            r"|hike|commission|overtime|perks?|buyout|buy-out|loan|stipends?|bursary|scholarship|lump"
            r"|payment|payout|settlement|severance|notice|joining|welcome|referral|shift|premium)\b)"
            r"[a-z][a-z-]+"),
        # A project's cost said after the project: "managed the store refit, £80k", "ran corporate
        # events up to £30k each"; not hers ("her refit") nor a sum she wants on the way.
        ("refit refits build builds event events launch launches project projects fit-out refurb*"
         " renovation* rollout roll-out migration*",
            r"(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\byour )(?<!\bmy )(?<!\bown )"
            r"\b(?:refits?|builds?|events?|launch(?:es)?|projects?|fit-outs?|refurb\w*|renovations?"
            r"|rollouts?|roll-outs?|migrations?)\b(?:(?!\b(?:wants?|wanted|asks?|asked|asking|expects?"
            r"|expected|needs?|salary|pay|paid|package|base|her|his|their|she|he)\b)[^.;\n]){0,25}?"
            r"(?:{MONEY}|\d{2,3}(?:[.,]\d)?\s?k\b)(?!\s*(?:salary|base|package|a year|per year|pa\b|ote))"),
        # Data by age and sex, an actuary's or a statistician's: "Sterbetafeln nach Alter und Geschlecht".
        ("age sex gender alter geschlecht edad sexo",
            r"\b(?:by|nach|por) (?:age|alter|edad) (?:and|und|y) (?:sex|gender|geschlecht|sexo)\b"),
        # A quote for a job: "Angebot 38.500 € netto für die Fassade", "devis à 42 000 € HT pour le
        # ravalement".
        ("angebot devis quote quoted presupuesto kostenvoranschlag offerte",
            r"\b(?:angebot|devis|quote|quoted|presupuesto|kostenvoranschlag|offerte)\s*(?:a|de|von|of|at|:)?"
            r"\s*(?:\d{1,3}[ \u00a0\u202f])*{MONEY}\s*(?:ht|netto|brutto|ttc|\+ ?vat|ex vat|iva|sin iva)?"
            r"\s*(?:fur|pour|for|para) (?:die|den|das|le|la|les|l'|the|el|los|las|un|une|a)\b"),
        # A budget the candidate ran: "a piloté un budget de 800 k€", "Budget von 40.000 € eingehalten".
        ("budget budgets presupuesto",
            r"\b(?:pilot\w*|gere|gerait|managed|manages|ran|runs|held|owned|kept|delivered|verwaltet\w*"
            r"|gestion\w*|controla\w*|responsable d'un|verantwortet\w*)\b[^.;\n]{0,12}\b(?:budgets?"
            r"|presupuestos?)\b[^.;\n]{0,12}?{MONEY}|\b(?:budget|presupuesto) (?:von|de|of) {MONEY}"
            r"[^.;\n]{0,30}\b(?:eingehalten|tenu|respecte|respected|kept|delivered|cumplido)\b"),
        (BUSINESS_WORDS, r"\b{BUSINESS}\b[^.;\n]{0,25}?(?:{MONEY}|\d{2,3}(?:[.,]\d)?\s?k\b)"
                         r"(?:\s*(?:to|-|and|from|vs\.?)\s*{MONEY})*"),
        (BUSINESS_WORDS, r"{MONEY}[^.;\n]{0,12}?\b(?:in |of |worth of |de |d'|an )?(?:annual |yearly |cloud "
                         r"|aws )?{BUSINESS}\b"),
    ],
)
