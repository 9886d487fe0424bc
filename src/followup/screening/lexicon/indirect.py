"""Sensitive things said without their usual keyword, in any of the four languages.

Notes mix languages, so these rules run with the language-neutral ones (common.py) on every text.
Each is a shape of saying, not a list of cases: a preference between people ("candidate B", "plan
B", "second choice", "if she turns us down"), a vote or a letter grade, a salary band as a bare
range, immigration status as a proxy for national origin, a judgement of who someone is ("not one
of us", "wouldn't grab a beer with him"), an injury or a visible symptom, appearance, an address,
and text addressed to the model. Written against the `dev` half of evals/screening/ only.
Lower case without accents, as everywhere in the lexicons (see __init__.py).
"""

from ..findings import Category

C = Category

PHRASES: list[tuple[Category, str, str, str]] = [
    # --- comparison: a preference or a rank between people --------------------------------------
    (C.COMPARISON, "lettered_candidate",
        "candidate candidat candidata candidato candidate kandidat kandidatin bewerber bewerberin",
        r"\b(?:candidate|candidat|candidata|candidato|kandidat(?:in)?|bewerber(?:in)?)\s+"
        r"(?:[a-e]|#\s?\d|n[or]?\.?\s?\d|\d)\b(?![.,]\d)"),
    (C.COMPARISON, "plan_b", "plan", r"\bplan b\b"),
    (C.COMPARISON, "nth_choice",
        "choice choix opcion eleccion wahl pick option erstwahl zweitwahl favorit* favorite favourite",
        r"\b(?:first|second|third|top|1st|2nd|3rd|premier|deuxieme|second|seconde|troisieme|primera"
        r"|segunda|tercera|erste|zweite|dritte)\s+(?:choice|choix|opcion|eleccion|wahl|pick|option)\b"
        r"(?! (?:of|de|for|pour|para|fur) )"
        r"|\b(?:erstwahl|zweitwahl)\b|\b(?:my|our|mon|notre|mi|nuestr[oa]|mein|unser)e? favou?rit\w*\b"),
    (C.COMPARISON, "runner_up",
        "silver medal* runner-up runner next keep break tied tie tie-break* stack-rank* stack edged edge",
        r"\bsilver medal\w*\b|\brunner[- ]?up\b|\bnext in line\b|\bkeep (?:her|him|them)? ?warm\b"
        r"|\btied with\b|\bbreak the tie\b|\bstack[- ]?rank\w*\b"
        r"|\bedged? (?:out|ahead)\b"),
    (C.COMPARISON, "than_another",
        "than",
        r"\b(?:stronger|weaker|better|worse|sharper|faster|slower|less \w+|more \w+)\s+than\s+"
        r"(?:the |our |any |every )?(?:\w+ )?(?:candidate|applicant|finalist|guy|woman|man|person|girl"
        r"|lady|others|everyone|everybody|anyone|anybody|the rest|the other|[a-z]\.(?=\s|$))"),
    (C.COMPARISON, "outperformed_others",
        "outperform* out-perform* beat beats",
        r"\b(?:outperform\w*|out-perform\w*|beat|beats)\s+(?:everyone|everybody|all|the others"
        r"|the other|every other|the rest|the field)\b"),
    (C.COMPARISON, "if_declines",
        "turns turn declines decline declined says backs drops rechaza renuncia refuse refuser absagt",
        r"\bif (?:\w+\.? ){1,3}(?:turns? (?:us|it|the offer) down|declines?|says no|backs out"
        r"|drops out)\b|\bsi (?:\w+ ){1,3}(?:rechaza|renuncia|refuse|decline)\b"
        r"|\bfalls (?:\w+ ){1,4}absagt\b"),
    (C.COMPARISON, "the_one_we_hired",
        "hired",
        r"\b(?:the|same \w+ as the) (?:guy|woman|person|one|candidate|man|girl)"
        r" (?:we|i) hired\b"),
    (C.COMPARISON, "chose_another",
        "elegimos escogimos quedamos choisi retenu pris fur",
        r"\b(?:elegimos|escogimos|nos quedamos con) (?:a )?(?:otr[oa]|la otra|el otro|alguien)\b"
        r"|\b(?:avons|a|ont) (?:choisi|retenu|pris) (?:un autre|une autre|quelqu'un)\b"
        r"|\b(?:uns|wir) (?:fur|für) (?:eine?n? )?(?:andere|anderen)\b"),
    (C.COMPARISON, "german_rank",
        "knapp platz abstand runde",
        r"\bknapp (?:hinter|vor) (?:dem|der|den)\b|\bplatz (?:\d|eins|zwei|drei)\b(?! \w+ (?:im|in) )"
        r"|\bmit abstand (?:die|der|das) (?:beste|starkste|schwachste)\w*"
        r"|\b(?:die|der) (?:beste|starkste|schwachste)n? (?:dieser|der|in der) runde\b"),
    # --- score: a vote, a letter grade, a test score against a cut-off -----------------------------
    (C.SCORE, "vote",
        "vote voto stimme avis rating verdict veredicto bewertung",
        r"\b(?:vote|voto|stimme|avis|rating|verdict|veredicto|bewertung)\s*[:=-]\s*(?:\w+\s+)?"
        r"(?:hire|no|yes|si|oui|non|nein|ja|strong|weak|lean|meets|embauche\w*|contratar|\d)\b"),
    (C.SCORE, "clear_no_from_me", "nein ja", r"\bvon mir (?:ein )?(?:klares |glattes )?(?:ja|nein)\b"),
    (C.SCORE, "letter_grade",
        "grade note nota bewertung score rating solid strong weak clear",
        r"\b(?:grade|note|nota|bewertung|score|rating)(?:\s*[:=]\s*|\s+)[a-f][+-]?(?=[\s.,;)]|$)"
        r"|\b(?:a |un |une )?(?:solid|strong|weak|clear)\s+[a-d][+-]?(?=[\s.,;)]|$)"),
    (C.SCORE, "letter_grade_bare", "=+",
        r"(?:^|(?<=[\s(,;:]))(?<!an )(?<!a )[a-d]\+(?=\s|[.,;)]|$)"),
    (C.SCORE, "meets_bar", "bar", r"\b(?:meets|below|above|misses|missed|raises?|clears?) bar\b"),
    (C.SCORE, "overall_number", "overall",
        r"\boverall\s*[:~=-]?\s*~?\s*\d(?:[.,]\d+)?\b(?!\s*(?:%|percent|x\b|ms\b|s\b))"),
    (C.SCORE, "below_cutoff", "cutoff cut-off cut threshold seuil umbral schwelle",
        r"\b(?:below|under|above|over|missed|meets?|passed|failed)\s+(?:our|the)\s+"
        r"(?:cutoff|cut-off|threshold)\b"),
    (C.SCORE, "test_platform_score", "hackerrank codility codesignal leetcode",
        r"\b(?:hackerrank|codility|codesignal|leetcode)\b[^.\n]{0,15}\d{1,3}\s?(?:%|/)"),
    # --- compensation: a band or a figure without the word "salary" -------------------------------
    (C.COMPENSATION, "band_range",
        "band range budget fourchette rango banda spanne gehaltsband",
        r"\b(?:band|range|budget|fourchette|rango|banda|spanne|gehaltsband)\b[^.\n]{0,25}?"
        r"\d{2,3}(?:[.,]\d)?\s?k?\s?(?:-|–|to|a|bis)\s?\d{2,3}(?:[.,]\d)?\s?k\b"),
    (C.COMPENSATION, "band_position", "midpoint mid-point mid top bottom",
        r"\b(?:mid-?point|top|bottom) of (?:the |our |her |his )?(?:band|range)\b"
        r"|\b(?:accept|take|at|offer(?:ed)?) the mid-?point\b"),
    (C.COMPENSATION, "comp_talk", "comp",
        r"\bcomp (?:conversation|discussion|expectations?|talk|call|ask|range)\b"),
    (C.COMPENSATION, "equity_ask", "equity",
        r"\bequity (?:was|is|ask|expectations?|package|grant|stake|refresh|dealbreaker|deal-breaker)\b"),
    # --- national origin: immigration status, an accent, a name -----------------------------------
    (C.ORIGIN, "immigration_status",
        "visa visum visado 1b h1b green work permit permis titre permiso arbeitserlaubnis aufenthalt* "
        "sponsorship sponsor right citizen* citoyen* ciudadan* staatsburger* ressortissant* "
        "burger* residency residence naturali* passport pasaporte passeport reisepass",
        r"\b(?:visa|visum|visado|h-?1b|green card|work permit|permis de travail|titre de sejour"
        r"|permiso de (?:trabajo|residencia)|arbeitserlaubnis|aufenthalts\w*|sponsorship"
        r"|right to work|citizen\w*|citoyen\w*|ciudadan\w*|staatsburger\w*|ressortissant\w*"
        r"|eu-?burger\w*|residency|residence permit|naturali[sz]\w*|passport|pasaporte|passeport"
        r"|reisepass)\b(?! (?:and|&|/|or) mastercard| (?:card|payments?|network|api|checkout|direct)\b)"),
    (C.ORIGIN, "regional_accent", "accent drawl twang brogue akzent acento",
        r"\b(?:drawl|twang|brogue)\b|\baccent (?:\w+ )?(?:quebecois|marque|fort|leger|etranger"
        r"|du sud|du nord|\w+ais|\w+ain|\w+ien|\w+ois)\b|\b\w+(?:er|isch|ischer) akzent\b"
        r"|\bacento (?:\w+ )?(?:muy )?(?:marcado|fuerte|extranjero|andaluz|argentino|mexicano"
        r"|\w+ano|\w+es)\b"),
    (C.ORIGIN, "heritage", "herkunft origine origen heritage descent parents parent eltern padres",
        r"\b(?:\w+e|\w+ische) herkunft\b|\bd'origine (?!du |de |des )\w+|\bde origen \w+"
        r"|\b(?:of|with) \w+ (?:heritage|descent)\b"
        r"|\b(?:parents?|eltern|padres) (?:in|from|de|aus|en|du) [a-z]+"),
    (C.ORIGIN, "diversity_numbers", "diversity diversite diversidad",
        r"\bdiversit[ye] (?:numbers|quota|hire|stats|targets?|box)\b|\bour diversity\b"
        r"|\b(?:nuestra|la) diversidad\b|\bnotre diversite\b"),
    (C.ORIGIN, "cultural_trait", "culturel cultural kulturell",
        r"\bc'est culturel\b|\bcultural thing\b|\bes cultural\b|\bkulturell bedingt\b"),
    # --- character: who the person is, not what they did ------------------------------------------
    (C.CHARACTER, "one_of_us", "us kind type notres nuestros",
        r"\bnot (?:really )?(?:one of us|our (?:kind|type)(?: of \w+)?)\b|\bone of us\b"
        r"|\bpas (?:un )?des notres\b|\bno es de los nuestros\b"),
    (C.CHARACTER, "beer_test", "beer drink pint verre cerveza cana copa bier",
        r"\b(?:grab|have|get|go for|share) a (?:beer|drink|pint)\b|\bboire un verre avec\b"
        r"|\b(?:tomaria|tomar) una (?:cerveza|cana|copa) con\b|\b(?:ein|kein) bier mit\b"),
    (C.CHARACTER, "lacks_a_trait",
        "lacks lack lacking backbone spine hunger grit charisma killer fire",
        r"\b(?:lacks?|lacking|no|zero|doesn't have the|does not have the|without)\s+(?:any )?"
        r"(?:grit|hunger|backbone|spine|charisma|killer instinct|fire in (?:the|his|her) belly)\b"),
    (C.CHARACTER, "labels_for_people",
        "eq slob diva donna know-it-all smug cocky pushover weirdo snowflake entitled airhead sharpest "
        "sympathisch* unsympathisch* encantador* majisim* simpatiquisim* prepotente creido engreid* "
        "eingebildet* pretentieu* hautain* kultur culture cultura",
        r"\blow eq\b|\bslob\b|\bdiva\b|\bprima donna\b|\bknow-it-all\b|\bsmug\b|\bcocky\b|\bpushover\b"
        r"|\bweirdo\b|\bsnowflake\b|\bentitled\b(?! to)|\bairhead\b|\bnot the sharpest\b"
        r"|\b(?:un)?sympathisch\w*\b|\bencantador\w*\b|\bmajisim\w*\b|\bsimpatiquisim\w*\b"
        r"|\bprepotente\b|\bcreid[oa]\b|\bengreid\w*\b|\beingebildet\w*\b|\bpretentieu\w*\b"
        r"|\bhautain\w*\b|\bpasst nicht (?:zur|in die|ins) (?:kultur|team)\b"
        r"|\bne (?:colle|correspond) pas (?:a|avec) (?:notre|la) culture\b"
        r"|\bno encaja (?:con|en) (?:la|nuestra) cultura\b"),
    # --- age, said indirectly -----------------------------------------------------------------------
    (C.AGE, "school_year", "uni university college school graduated class abitur bac diplome*",
        r"\b(?:went to (?:uni|university|college|school)|graduated|class of|abitur|bac|diplome\w*)"
        r"\s+(?:in |en |von |de |im )?(?:19[4-9]\d|'[4-9]\d)\b"),
    (C.AGE, "bare_age_adjective", "older younger elderly young old",
        r"(?:^|(?<=[,;:(]))\s*(?:older|younger|elderly|young|old)(?:ish)?\s*(?=[,;.)]|$| and )"),
    (C.AGE, "career_end", "career carriere retirement retraite jubilacion ruhestand rente",
        r"\b(?:near|close to|approaching|at) (?:the end of )?(?:his|her|their) career\b"
        r"|\b(?:close to|near|nearing|approaching) retirement\b|\bproche de la retraite\b"
        r"|\bcerca de (?:la )?jubilacion\b|\bkurz vor (?:der )?rente\b|\bkurz vor dem ruhestand\b"
        r"|\b(?:en )?(?:debut|milieu|fin) (?:ou en (?:debut|milieu|fin) )?de carriere\b"),
    (C.AGE, "generation", "generation generacion gen digital native natives",
        r"\b(?:generation|generacion) (?:z|y|x|alpha)\b|\bgen[- ]?(?:z|y|x)\b|\bdigital natives?\b"),
    (C.AGE, "spanish_diminutives", "mayorcit* jovencit* chavalit* instituto colegio",
        r"\b(?:mayorcit|jovencit|chavalit)\w*\b|\brecien salid[oa] del (?:instituto|colegio)\b"),
    (C.AGE, "young_parent", "mum mom mother maman mere madre mama mutter dad father papa padre vater",
        r"\b(?:young|jeune|joven|junge) (?:mum|mom|mother|maman|mere|madre|mama|mutter|dad|father"
        r"|papa|padre|vater)\b"),
    (C.AGE, "age_came_up", "age", r"\bage came up\b"),
    # --- family ---------------------------------------------------------------------------------------
    (C.FAMILY, "children", "kids teenagers ninos hijos hijas enfants kinder children",
        r"\b(?:her|his|their|sus?|ses|seine|ihre) (?:\w+ )?(?:kids|teenagers|ninos|hijos|hijas|enfants"
        r"|kinder)\b|\b(?:the|with|los|las|mes|die) (?:kids|teenagers|ninos|enfants|kinder)\b"
        r"|\b(?:kids|children) are\b"),
    (C.FAMILY, "expecting", "expecting",
        r"\bexpecting (?:her|his|their|a|the) (?:first|second|third|baby|child|\w+ child)\b"
        r"|\b(?:she's|she is|he's|they're|wife is|partner is) expecting\b"),
    (C.FAMILY, "partner_words", "hubby wifey boda mariage hochzeit",
        r"\bhubby\b|\bwifey\b|\b(?:la|su|tiene la) boda\b|\b(?:son|leur) mariage\b"
        r"|\b(?:seine|ihre|die) hochzeit\b"),
    # --- health: an injury, a device, a visible symptom ------------------------------------------------
    (C.HEALTH, "injury_or_device",
        "crutches cast brace wheelchair limp limps limping limped tremor gips krucken rollstuhl "
        "bequille bequilles platre muletas escayola cojea* movilidad mobilite mobilitat coughing looked",
        r"\b(?:on )?crutches\b|\bin a cast\b|\b(?:back|neck|knee|wrist) brace\b|\bwheelchair\b"
        r"|\blimp(?:s|ing|ed)?\b(?! (?:mode|along|home))|\btremor\b|\bcoughing\b"
        r"|\blooked (?:unwell|ill|sick)\b"
        r"|\bin gips\b|\bkrucken\b|\brollstuhl\b|\bbequilles?\b|\bplatre\b|\bmuletas\b|\bescayola\b"
        r"|\bcojea\w*|\bmovilidad reducida\b|\bmobilite reduite\b|\beingeschrankte mobilitat\b"),
    (C.HEALTH, "mood_labels", "manic bipolar",
        r"\b(?:manic|bipolar)\b(?! (?:pixie|monday))"),
    # --- sex and gender: appearance and "the guys" --------------------------------------------------
    (C.SEX, "appearance", "attractive pretty good-looking jolie guapa guapo hubsch sexy cute",
        r"\b(?:attractive|pretty|cute)\s*(?=[,;.]|$| and | woman| girl| lady| guy| face| smile)"
        r"|\bgood-looking\b|\bjolie\b|\bguap[oa]\b|\bhubsch\w*\b|\bsexy\b"),
    (C.SEX, "the_guys", "guys",
        r"\bthe guys (?:will|would|'ll|'d) (?:love|like|enjoy)\b"),
    (C.SEX, "gender_quota", "frauenquote quota cuota",
        r"\bfrauenquote\b|\bquota (?:femme|feminin\w*)\b|\bcuota (?:de genero|femenina)\b"),
    # --- sexual orientation and gender identity ---------------------------------------------------------
    (C.ORIENTATION, "pride_symbols", "pride rainbow",
        r"\b(?:pride|rainbow) (?:pin|flag|badge|lanyard|sticker)\b"),
    (C.ORIENTATION, "transition", "transitioning deadname* legal",
        r"\btransitioning\b(?!\s+(?:to|from|into|between|away|off|over|the|our|a|an|teams?|roles?))"
        r"|\bdeadname\w*\b|\blegal name differs\b"),
    # --- personal data: a street address ----------------------------------------------------------------
    (C.PERSONAL_DATA, "street_address",
        "rue avenue boulevard chemin allee impasse quai calle avenida avda plaza paseo camino "
        "*strasse* *str* *weg* *gasse* *allee*",
        r"\b\d{1,4}(?:bis|ter)?,?\s+(?:rue|avenue|boulevard|bd|chemin|allee|impasse|quai)\s+\w+"
        r"|\b(?:calle|c/|avenida|avda\.?|plaza|paseo|camino)\s+[a-z]+(?:\s+[a-z]+)?,?\s+\d{1,4}\b"
        r"(?!\.?\s?[ºª°o]|\.?\s?(?:de|del) (?:primaria|infantil|eso|bachillerato))"
        r"|\b[a-z]+(?:strasse|str\.|weg|gasse|allee)\s*\d{1,4}[a-z]?\b"),
    # --- origin: "impressive for someone who didn't grow up here", kindly meant -------------------
    (C.ORIGIN, "grew_up_elsewhere",
        "grow grew born raised brought native aufgewachsen geboren grandi eleve elevee vecu cria crio"
        " crecido crecio nacio nacido",
        r"\b(?:didn't|did not|never|wasn't|was not|weren't|isn't|is not) (?:grow up|grew up|born|raised"
        r"|brought up) (?:here|locally|in (?:the uk|britain|england|the us|this country))\b|\bfor (?:a )?"
        r"non-native\b|\bnicht (?:hier|in deutschland|in osterreich|in der schweiz) (?:aufgewachsen|geboren)"
        r"\b|\b(?:n'a|n'avez|n'as|n'ont) (?:pas|jamais) (?:grandi|ete elevee?s?|vecu) (?:ici|en france)\b"
        r"|\bno (?:se (?:ha )?crio|se ha criado|ha crecido|crecio|nacio|ha nacido) (?:aqui|en espana)\b"),
    # --- religion: an observance named in any language ---------------------------------------------
    (C.RELIGION, "observance", "shabat shabbat sabbat* semana santa nazareno careme fastenzeit cuaresma",
        r"\b(?:shabb?at|sabbat[hs]?)\b|\bsemana santa\b|\bnazareno\b|\bcareme\b|\bfastenzeit\b"
        r"|\bcuaresma\b"),
    # --- text addressed to the model ----------------------------------------------------------------------
    (C.INSTRUCTION, "addressing_the_ai",
        "ai ia ki llm gpt chatgpt claude gemini assistant assistente asistente assistent bot system "
        "sistema systeme prompt model modelo modele modell admin",
        r"(?:^|(?<=[.;:!?\n]))\s*(?:hey |hi |dear |note to (?:the )?|para el |pour l'|an die |an das )?"
        r"(?:ai|a\.i\.|ia|ki|llm|gpt|chatgpt|claude|gemini|assistant|asistente|assistent|bot"
        r"|system prompt|system|sistema|systeme)\s*[:,\]>]"
        r"|\[(?:system|sistema|systeme|admin|ai|ia|ki)\]"
        r"|\b(?:hey|hi|dear) (?:model|modelo|modele|modell|ai|llm|bot|assistant)\b"
        # "Note for the AI: ...", not "the Assistant Editor role".
        r"|\b(?:to the|for the|para el|pour le|an das|an den) (?:model|modelo|modele|modell|ai|llm|bot"
        r"|assistant)\b(?=\s*(?:[:,(\[—–-]|$))"),
    (C.INSTRUCTION, "forget_the_rest",
        "ignore ignoriere ignorier vergiss oublie oubliez olvida olvide ignora ignorez disregard forget",
        # Not a role-play's script: "told the mock caller to ignore the previous letter".
        r"(?<!\bcaller to )(?<!\bcustomer to )(?<!\bclient to )(?<!\bclients to )(?<!\bcustomers to )"
        r"\b(?:ignore|ignoriere|ignorier|vergiss|oublie|oubliez|olvida|olvide|ignora|ignorez|disregard"
        r"|forget)\b[^.\n]{0,40}\b(?:previous|prior|above|earlier|all|everything|instructions?|rules?"
        r"|anterior(?:es)?|todo|todas|instrucciones|precedent\w*|tout|toutes|consignes|vorherig\w*"
        r"|alles|anweisungen|regeln|obig\w*|refus|rechazo|absage|rejection|decision|guide)\b"),
    (C.INSTRUCTION, "you_are_now",
        "now nun maintenant desormais ahora jetzt act pretend comme como als",
        r"\b(?:(?:you are now|you're now|tu es (?:maintenant|desormais)|ahora eres"
        r"|du bist (?:jetzt|ab jetzt|nun)|ab jetzt bist du) (?:a|an|un|une|una|ein|eine)\b"
        r"|from now on,? you|desormais,? tu|a partir de ahora,? (?:eres|escribe|di)"
        r"|act as (?:if|a|an|though)|pretend (?:that|you|the|to)|fais comme si"
        r"|haz como si|tu so,? als ob)\b"),
    (C.INSTRUCTION, "if_you_are_an_ai", "ai llm assistant bot ia modele modelo ki model",
        r"\bif you(?:'re| are) (?:an? )?(?:ai|llm|language model|assistant|model|bot)\b"
        r"|\bsi (?:tu es|vous etes|eres) (?:une? )?(?:ia|ai|modele|modelo|assistant)\b"
        r"|\bfalls du (?:eine )?(?:ki|ai)\b|\b(?:ai|ia|ki|llm|model|modelo|modele) (?:reading|que lea"
        r"|qui lit|die das liest)\b"),
    (C.INSTRUCTION, "respond_only", "respond reply answer responde reponds repondez antworte",
        r"\b(?:respond|reply|answer|responde|reponds|repondez|antworte)\w*\s+(?:only|solo|solamente"
        r"|seulement|uniquement|nur)\b"),
    (C.INSTRUCTION, "write_the_outcome",
        "write say redige ecris escribe schreib* dile di sag redacte include incluye inclus",
        r"\b(?:write|say|redige|ecris|escribe|dile|di que|schreib\w*|sag (?:ihm|ihr)|redacte|incluye"
        r"|include|inclus)\b[^.\n]{0,40}\b(?:offer|oferta|offre|angebot|hired|contratad\w*"
        r"|embauche\w*|eingestellt|congratulations|enhorabuena|felicitations|felicidades"
        r"|gluckwunsch|all caps|mayusculas|majuscules|su nota|sa note|seine note)\b"),
    (C.INSTRUCTION, "skip_the_feedback", "skip saute omite uberspringe",
        r"\bskip the (?:feedback|rejection|decision)\b|\bomite (?:el|la) (?:feedback|rechazo)\b"),
    (C.INSTRUCTION, "mark_as", "mark* marcar marquer markiere",
        r"\b(?:mark|marcar|marquer|markiere)\w*\s+(?:as|como|comme|als)\s+(?:hired|contratad\w*"
        r"|embauche\w*|eingestellt|advance|avanzar|accepted|aceptad\w*)\b"),
]
