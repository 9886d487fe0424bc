"""German: protected characteristics and scores in depth, the other categories' common phrasings.

Written without umlauts: text and patterns are both folded ("älter" -> "alter") before matching.
Compounds are matched with stems ("schwanger*", "*behindert*"): German glues words together.
"""

from ..findings import Category
from . import Lexicon

C = Category

HERKUNFT = (
    r"(?:turk|tuerk|arab|afrikan|asiat|russ|pol|rumaen|ruman|bulgar|syr|afghan|iran|irak|kurd"
    r"|italien|griech|serb|kroat|bosn|alban|kosovar|ukrain|chines|vietnames|ind|pakistan|marokkan"
    r"|tunes|algeri|nigerian|ghana|eritre|somal|amerikan|brasilian|latein\w*|sud\w*|ost\w*|aus\w*"
    r"|jued|jud|deutsch|franzos|englisch|spani|portugies|nordafrikan|westafrikan)"
)

LEXICON = Lexicon(
    language="de",
    macros={
        "HERKUNFT": HERKUNFT,
        "ADV": r"(?:(?:deutlich|etwas|viel|wesentlich|zu|ziemlich|recht|schon|bisschen|ein bisschen|eher"
               r"|sehr|relativ|noch|wohl|vermutlich|wahrscheinlich|sicher|eindeutig|offensichtlich"
               r"|ganz|total|echt|irgendwie|leicht)\s+)*",
        "AGE_NUM": r"(?:1[6-9]|[2-9]\d)",
    },
    endings=("e", "en", "er", "es", "em", "n", "s"),
    words={
        C.AGE: """
            rentenalter ruhestand* renteneintritt* geburtsjahr geburtsdatum jahrgang babyboomer*
            boomer* millennial*
        """,
        C.FAMILY: """
            schwanger* *schwangerschaft* mutterschutz elternzeit* mutterschaft* vaterschaft*
            elterngeld* kita kinderbetreuung* alleinerziehend* geschieden verheiratet* ehemann*
            ehefrau* ehepartner* verlobt* hochzeit* stillzeit stillt babypause familienplanung
            kinderwunsch familienstand tagesmutter witwe* witwer*
        """,
        C.HEALTH: """
            behindert* *behinderung* schwerbehindert* rollstuhl* krank krankheit* erkrank*
            krankgeschrieben krankschreibung* krankmeldung* burnout burn-out depression* depressiv*
            angststorung* panikattacke* adhs autis* legasthen* diabet* epilep* chemo* psychisch*
            insulin zoliakie wechseljahre* menopause
            gehorlos* sehbehindert* horgeschadigt* stottert stottern reha ubergewicht* adipos*
            gesundheitlich* chronisch_krank therapie psychiater* psychotherap* klinikaufenthalt*
            erwerbsminderung* gdb ruckenproblem* ruckenschmerz* bandscheibe*
        """,
        C.RELIGION: """
            religi* muslim* muslimin islam islamisch* judisch* juden jude christlich* katholi*
            evangelisch* protestant* hindu* sikh* buddhis* atheist* kopftuch* kippa turban* hidschab
            hijab burka* niqab* ramadan sabbat* koscher halal gebet* betet beten kirche* moschee*
            synagoge* glaubig* konfession* fastenmonat* fastenzeit*
        """,
        C.ORIGIN: """
            akzent migrationshintergrund muttersprache* muttersprachler* auslander* nationalitat
            staatsangehorigkeit hautfarbe ethnisch* dunkelhautig* migrant* migrantin* einwanderer*
            zugewandert* gefluchtet* fluchtling*
        """,
        C.SEX: """
            frau frauen weiblich* mannlich* geschlecht* sexis*
        """,
        C.ORIENTATION: """
            schwul* lesbisch* lesbe lesben bisexuell* homosexuell* transgender transfrau* transmann*
            transperson* nichtbinar* nicht-binar* queer lgbt* sexuelle_orientierung
            geschlechtsidentitat
        """,
        C.SCORE: """
            gesamtbewertung* gesamtnote punktzahl
            einstellungsempfehlung*
        """,
        C.COMPARISON: """
            mitbewerber* finalist*
        """,
        C.COMPENSATION: """
            gehalt gehalts* gehalter jahresgehalt verguetung vergutung gehaltsvorstellung*
            gehaltswunsch gehaltsband
        """,
        C.CHARACTER: """
            arrogant* faul faule fauler faulen uberheblich* unsympathisch* eingebildet* unhoflich*
            besserwisser* kulturfit culture_fit nervig* komisch* schlaftablette* null_biss zicke*
        """,
    },
    phrases=[
        # Batch v, dev half (eighth session).
        (C.COMPARISON, "nase_vorn", "nase",
            r"\b(?:die|der|das|den) (?:aus|von) [\w-]+\b[^.;]{0,40}\bnase vorn\b"
            r"|\b(?:hatte|hat|haben|hatten|liegt|lag)\b[^.;]{0,30}\b(?:klar |deutlich |knapp )?"
            r"die nase vorn\b"),
        # Charge u, Dev-Hälfte.
        (C.AGE, "wird_sechzig", "wird werde vierzig funfzig sechzig siebzig",
            r"\b(?:wird|werde) (?:nachstes jahr |bald |dieses jahr |im \w+ )?(?:vierzig|funfzig"
            r"|sechzig|siebzig"
            r"|[4-7]0)\b"),
        (C.ORIGIN, "asiatin", "asiatin asiate asiaten",
            r"\b(?:asiatin|asiate|asiaten)\b"),
        (C.COMPENSATION, "weihnachtsgeld", "weihnachtsgeld urlaubsgeld urlaubs",
            r"\b(?:urlaubs|weihnachts)-?\s?(?:und weihnachts)?geld\b"),
        # Batches s and t (seventh session).
        (C.AGE, "ist_aber_63", "#digit",
            r"\b(?:ist|wird) (?:aber |schon |bereits |ja |auch |doch |immerhin )?(?:1[6-9]|[2-7]\d)\b"
            r"(?=\s*(?:$|[,.;:)]|und\b|jahre|jahr\b|-))"
            r"|\bmit (?:1[6-9]|[5-7]\d)\b(?=\s*(?:wird|ist|kann|will|noch|schafft|$|[,.;]))"),
        (C.AGE, "bis_zur_rente", "rente",
            r"\bbis zur rente\b"),
        (C.AGE, "geb_datum", "geb geboren",
            r"\bgeb(?:oren)?\.? (?:am )?\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d\b"),
        (C.COMPARISON, "nummer_zwei", "nummer",
            r"\b(?:unsere?|meine?) nummer (?:eins|zwei|drei|1|2|3)\b"),
        (C.COMPARISON, "nehmen_die_kandidatin", "nehmen nehme",
            r"\b(?:nehmen|nehme) (?:aber |lieber |doch |wohl )?(?:die|den) (?:andere[n]? )?(?:kandidatin"
            r"|kandidaten|bewerberin|bewerber)\b"),
        (C.COMPENSATION, "mindestens_brutto", "mindestens hochstens maximal brutto",
            r"\b(?:mindestens|hochstens|maximal) [\d.,]+\s*(?:€|euro|eur|brutto|netto|k)?(?=\s|$|[,.;])"),
        # Batches p and q, dev halves.
        (C.AGE, "eine_zeit_erlebt",
            "lochkarten wende schreibmaschine telex",
            r"\b(?:noch )?mit (?:lochkarten|der schreibmaschine|telex|disketten) (?:gearbeitet|angefangen)\b"
            r"|\bdie wende (?:als|noch|miterlebt|erlebt)\b|\bdie wende\b[^.\n]{0,30}\berlebt\b"),
        (C.COMPENSATION, "verdient_aktuell",
            "verdient verdiene verdienen",
            r"\bverdient (?:aktuell |derzeit |momentan |jetzt |zurzeit )?(?:ca\.? |rund |etwa )?\d[\d.,]*\b"),
        (C.COMPARISON, "lieber_sie_als",
            "lieber",
            r"\blieber (?:sie|ihn|die|den) als (?:den|die|der|das)\b"),
        (C.AGE, "jahre_alt", "#digit", r"\b\d{1,2}\s*(?:jahre|jahren|j\.)\s*alt\b|\b{AGE_NUM}-?jahrig\w*"),
        (C.AGE, "alter_zahl",
            "#digit",
            r"\b(?:mitte|anfang|ende|uber|ueber|knapp|fast|mit|ab)\s+{AGE_NUM}\b"
            r"(?=\s*(?:[.,;:!?)]|$|und\b|aber\b|jahre\b))"),
        (C.AGE, "zu_alt",
            "alt alter aelter jung junger juenger",
            r"\b{ADV}(?:deutlich|etwas|viel|wesentlich|zu|ziemlich|recht|schon|bisschen|eher"
            r"|sehr|relativ|noch zu)\s+(?:alt|alter|aelter|jung|junger|juenger)\b"
            r"(?! (?:version|code|system|unternehmen|firma|start-?up|projekt|produkt))"),
        (C.AGE, "alter_als",
            "als",
            r"\b(?:alter|aelter|junger|juenger) als (?:das|die|der|den|alle|wir|ich|er|sie"
            r"|im|sein|ihr|unser|erwartet)\b"),
        (C.AGE, "wirkt_alt",
            "alt alter jung junger",
            r"\b(?:wirkt|scheint|sieht|ist|war)\s+{ADV}(?:alt|alter|jung|junger)\b(?! aus)"
            r"|\bsieht\s+{ADV}(?:alt|alter|jung|junger) aus\b"),
        (C.AGE, "rente",
            "rente ruhestand pension",
            r"\b(?:kurz vor|nahe|vor|bald in) (?:der|dem) (?:rente|ruhestand|pension)\b"),
        (C.AGE, "sein_alter",
            "alter alters jahrgang geboren abschluss abitur",
            r"\b(?:sein|seine|seinem|seines|ihr|ihre|ihrem|ihres) alters?\b|\bim alter von\b"
            r"|\balter\s*:\s*\d|\bjahrgang\s*(?:19|20)?\d\d\b|\b(?:geboren|abschluss|abitur) (?:im jahr "
            r"|in )?"
            r"(?:19[4-9]\d|20[0-2]\d)\b"),
        (C.AGE, "junge_person",
            "junge junger jungen alte alter alten",
            r"\bjunge[rn]? (?:mann|frau|kollege|kollegin|bewerber|bewerberin|leute"
            r"|dame|hupfer)\b|\balte[rn]? (?:mann|frau|hase|herr|dame)\b"),
        (C.FAMILY, "kinder",
            "kinder kind kindern kids baby babys sohn tochter sohne",
            r"\b(?:\d|ein|eine|zwei|drei|vier|funf|kleine|kleinen|seine|seinen|ihre|ihren|hat"
            r"|mit|kleine|ihr|sein)\s+(?:kleine |kleinen |)(?:kinder|kind|kindern|kids|baby|babys|sohn"
            r"|tochter|sohne|tochter)\b"),
        (C.FAMILY, "partner",
            "mann frau partner partnerin freund freundin verlobte verlobter familie mutter vater eltern",
            r"\b(?:sein|seine|seinem|seiner|ihr|ihre|ihrem|ihrer) (?:mann|frau|partner"
            r"|partnerin|freund|freundin|verlobte|verlobter|familie|mutter|vater|eltern)\b"
            r"(?! (?:firma|unternehmen|team|agentur|programm))|\bmutter von\b|\bvater von\b"),
        (C.HEALTH, "blind", "blind rollstuhl", r"\b(?:ist|war|fast|teilweise) blind\b|\bim rollstuhl\b"),
        (C.RELIGION, "christ",
            "christ",
            r"\b(?:ist|als|glaubiger|gläubiger|überzeugter|ueberzeugter) christ\b"),
        (C.ORIGIN, "herkunft",
            "herkunft",
            r"\b\w+er herkunft\b|\b(?:seine|ihre|auslandische|migrantische) herkunft\b"
            r"|\bherkunft\s*:"),
        (C.ORIGIN, "ist_herkunft",
            "turke turkin araber araberin afrikaner afrikanerin asiate asiatin pole polin russe russin "
            "rumane rumanin syrer syrerin inder inderin auslander auslanderin deutscher deutsche jude "
            "judin wirkt sieht",
            r"\b(?:er|sie) ist (?:\w+ )?(?:turke|turkin|araber|araberin|afrikaner"
            r"|afrikanerin|asiate|asiatin|pole|polin|russe|russin|rumane|rumanin|syrer|syrerin|inder"
            r"|inderin|auslander|auslanderin|deutscher|deutsche|jude|judin)\b|\b(?:wirkt|sieht)\s+{ADV}"
            r"(?:{HERKUNFT})\w*(?: aus)?\b"),
        (C.ORIGIN, "kommt_aus",
            "kommt stammt kommen stammen herkunftsland geboren",
            r"\b(?:kommt|stammt|kommen|stammen|geboren)(?: ursprunglich| eigentlich)? (?:aus|in)"
            r" (?:der |dem )?"
            r"(?:syrien|turkei|polen|rumanien|russland|ukraine|afghanistan|irak|iran|indien|china|vietnam"
            r"|nigeria|ghana|marokko|tunesien|algerien|eritrea|somalia|albanien|kosovo|serbien|bosnien"
            r"|kroatien|bulgarien|griechenland|italien|spanien|portugal|brasilien|afrika|asien|ausland"
            r"|nahen osten)\b|\bherkunftsland\b"),
        (C.ORIGIN, "akzent_art",
            "akzent",
            r"\b(?:starke[rnm]?|leichte[rnm]?|deutliche[rnm]?|ausgepragte[rnm]?"
            r"|schwere[rnm]?|{HERKUNFT}\w*) akzent\b"),
        (C.ORIGIN, "sprache",
            "muttersprache erstsprache muttersprachler* nicht",
            r"\b(?:deutsch|englisch) ist nicht (?:seine|ihre) (?:muttersprache|erstsprache)\b"
            r"|\bnicht-?muttersprachler\w*"),
        (C.SEX, "mann", "mann", r"\b(?:ein|als|fur einen|typisch|einen|der einzige) mann\b"),
        (C.SEX, "aussehen",
            "huebsch hubsch attraktiv sexy",
            r"\b(?:sie ist|sehr|ziemlich|recht) (?:huebsch|hubsch|attraktiv|sexy)\b"),
        (C.ORIENTATION, "ihr_partner",
            "mann ehemann frau ehefrau freund trans schwul lesbisch",
            r"\bsein(?:em|en|er|e)? (?:ehe)?mann\b|\bihr(?:er|e|em)? (?:ehe)?frau\b"
            r"|\bsein(?:em|en)? freund\b(?=[^.]{0,30}\b(?:zusammen|verheiratet|partner))"
            r"|\b(?:ist|wohl|offen) (?:trans|schwul|lesbisch)\b"),
        (C.SCORE, "von",
            "von bewertung gesamtbewertung note punkte punktzahl einstufung score",
            r"\b\d{1,2}(?:[.,]\d)?\s*von\s*(?:4|5|10|100)\b(?!\s*(?!punkt|stern)[a-z]{4,})"
            r"|\b(?:bewertung|gesamtbewertung|note|punkte|punktzahl|einstufung|score)\s*:?\s*\d"),
        (C.SCORE, "gegeben",
            "gegeben vergeben bekommen",
            r"\b(?:eine|die|ein)\s+(?:\d|eins|zwei|drei|vier|funf|sechs)\b"
            r"(?:\s*von\s*\d+)?\s*(?:gegeben|vergeben|bekommen)"),
        (C.COMPARISON, "anderer",
            "kandidat* bewerber*",
            r"\b(?:ein|eine|einen|der|die|andere[rn]?|anderen) (?:andere[rn]? )?"
            r"(?:kandidat|kandidatin|kandidaten|bewerber|bewerberin|bewerbern)\b(?=[^.]{0,40}\b(?:besser"
            r"|starker|staerker|mehr|schwacher|vorgezogen|genommen|entschieden))"
            r"|\b(?:andere[rnm]?|interne[rnm]?|externe[rnm]?|zweite[rnm]?|bessere[rnm]?|starkere[rnm]?)"
            r" (?:kandidat\w*|bewerber\w*)\b"),
        (C.COMPENSATION, "betrag",
            "#digit budget bonus",
            r"\b\d{2,3}\s?k\b(?!\s*(?:nutzer|anfragen|zeilen|kunden|requests?|events?|nachrichten|user|/s"
            r"|pro (?:sekunde|minute|tag)))"
            r"|\bbudget (?:fur|für) die stelle\b|\bbonus\b"),
        (C.CHARACTER, "emotional",
            "emotional passt komischer menschlich einzelkampfer einzelkampferin",
            r"\b(?:sehr|zu|ziemlich|recht|total|typisch) emotional\b"
            r"|\bpasst nicht (?:ins|zum) team\b|\bkomischer typ\b"
            r"|\bmenschlich (?:nicht|kaum) (?:\w+ ){0,3}(?:zu|ins|zum)\b[^.;]{0,30}\bpasst\b"
            r"|\bpasst menschlich nicht\b|\b(?:ein|eine|der|die) einzelkampfer(?:in)?\b"),
        (C.INSTRUCTION, "ignoriere",
            "ignoriere ignorier ignorieren vergiss vergessen missachte",
            r"\b(?:ignoriere|ignorier|ignorieren sie|vergiss|vergessen sie|missachte)"
            r" (?:alle |die |deine |ihre |vorherigen |bisherigen |obigen )*(?:anweisungen|instruktionen"
            r"|regeln|vorgaben|entscheidung)\b"),
        (C.INSTRUCTION, "schreib",
            "schreib schreibe schreiben biete",
            r"\bschreib(?:e|en sie)?,? dass (?:er|sie) (?:eingestellt|genommen"
            r"|angenommen|die stelle)|\bbiete (?:ihm|ihr) die stelle an\b"),
        # --- gefunden in der Dev-Hälfte der Blindsätze e und f ---
        (C.COMPARISON, "den_anderen", "anderen andere",
            r"\b(?:eher|lieber) (?:den|die) andere[n]?\b|\b(?:den|die) andere[n]? nehmen\b"),
        (C.COMPARISON, "hinter_der", "hinter",
            r"\bhinter (?:der|dem) (?:kandidatin|kandidaten|bewerberin|bewerber)\b"),
        (C.COMPENSATION, "prozent_mehr", "#digit",
            r"\b(?:will|mochte|fordert|verlangt|erwartet|wunscht|hatte gern)\s+(?:mindestens |rund |etwa"
            r" |ca\.? )?[+]?\s?\d{1,2}\s?%|\b\d{1,2}\s?% mehr (?:als (?:jetzt|bisher|aktuell|heute|derzeit)"
            r"|gehalt|geld|lohn)\b"),
        (C.AGE, "abi_jahr", "abi abitur abschluss frisch jung taufrisch anfang mitte ende",
            r"\b(?:abi|abitur|abschluss)\s*(?:19[5-9]\d|200\d)\b"
            r"|\bnicht mehr ganz (?:frisch|jung|taufrisch)\b"
            r"|\b(?:anfang|mitte|ende) (?:zwanzig|drei(?:ss|ß)ig|vierzig|funfzig|sechzig)\b"),
        (C.HEALTH, "hat_ms", "ms sklerose",
            r"\b(?:hat|mit|leidet an) ms\b(?! (?:office|excel|word|teams|project|sql|dynamics|access"
            r"|azure))|\bmultiple sklerose\b"),
        (C.FAMILY, "freudiges_ereignis", "ereignis",
            r"\bfreudige[sn]? ereignis\w*"),
        (C.COMPARISON, "als_der_von_gestern", "gestern heute morgen",
            r"\b(?:schwacher|starker|besser|schlechter) als (?:der|die|das|den) (?:\w+ )?(?:von|vom)"
            r" (?:gestern|heute"
            r"|morgen|montag|dienstag|mittwoch|donnerstag|freitag)\b"),
        (C.SCORE, "note_wort", "note",
            r"\bnote\s*:?\s*(?:sehr gut|gut|befriedigend|ausreichend|mangelhaft|ungenugend)\b"),
        (C.COMPENSATION, "uber_budget", "budget",
            r"\b(?:deutlich |klar |weit |etwas )?(?:uber|unter) (?:dem )?budget\b"),
        (C.HEALTH, "reha", "reha gdb",
            r"\breha\b|\bgdb\s*\d{2}\b"),
        (C.INSTRUCTION, "an_die_ki", "ki",
            r"\b(?:an die|fur die|liebe|hallo|hinweis fur die) ki\b"),
        (C.FAMILY, "im_monat",
            "monat",
            # She is, not "die Baustelle im 5. Monat".
            r"\b(?:sie (?:ist|sei|war)|ist sie|schwanger|ist (?:aber|jetzt|schon|bereits|gerade|inzwischen))"
            r" (?:\w+ )?im (?:\d\.|dritten|vierten|funften|sechsten"
            r"|siebten|achten|neunten) monat\b|\bim (?:\d\.|dritten|vierten|funften|sechsten|siebten|achten"
            r"|neunten) monat schwanger\b"),
        (C.FAMILY, "baby_unterwegs",
            "baby nachwuchs",
            r"\bbaby (?:ist )?unterwegs\b|\bnachwuchs (?:ist )?(?:unterwegs|erwartet)\b"
            r"|\b(?:geburt|ankunft) (?:ihres|deines|des) (?:babys|kindes)\b"),
        (C.ORIENTATION, "trans",
            "trans",
            r"(?<!\bbei )(?<!\bvon )(?<!\bfur )(?<!\bzu )"
            r"\btrans\b(?!-| ?(?:port|fer|aktion|europa|atlantik|alpin))"
            # A firm's name: "bei Trans Logistik", "Trans GmbH".
            r"(?! (?:logistik|gmbh|ag|kg|se|spedition|service|group|gruppe|international|cargo|express"
            r"|freight|team)\b)"),
        (C.AGE, "seit_windows_95",
            "windows dm d-mark",
            r"\bseit windows (?:95|98|3\.1|xp)\b|\b(?:noch )?zu (?:dm|d-mark)-?zeiten\b"),
        (C.AGE, "berufsjahre_vor_sich",
            "berufsjahre arbeitsjahre",
            r"\b(?:viele|noch) (?:\w+ )?(?:berufs|arbeits)jahre vor sich\b"),
    ],
    cased_phrases=[
        (C.PERSONAL_DATA, "strasse_nummer", "*straße* *strasse* *allee* *gasse* *platz* *weg*",
            r"\b[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|allee|gasse|platz|weg|ring|damm)\s+\d{1,4}[a-z]?\b"),
    ],
    look_alikes=[
        ("budget werbebudget marketingbudget projektbudget",
            r"\b(?:werbe|marketing|projekt|bau|event|kampagnen|jahres)budget\w* (?:der|des|von|fur) \w+"),
        # Krankmeldungen anderer, in der Lohnabrechnung: "Lohnfortzahlung im Krankheitsfall abgerechnet".
        ("lohnfortzahlung krankheitsfall krankmeldungen mutterschutz",
            r"\blohnfortzahlung im krankheitsfall\b|\bkrankmeldungen (?:der|von|aller) (?:mitarbeitenden"
            r"|mitarbeiter|beschaftigten|belegschaft)\b|\bmutterschutz(?:lohn|fristen)? (?:berechnet"
            r"|abgerechnet|verbucht)\b"),
        # Eine Klinik als Arbeitsort: "Hausmeister in einer Reha-Klinik für Suchtkranke".
        ("reha rehaklinik klinik suchtkranke psychiatrie",
            r"\b(?:in|an|bei) (?:einer|der|einem|dem) (?:reha-?klinik|rehaklinik|psychiatrie|psychiatrischen"
            r" klinik|suchtklinik)(?: fur (?:suchtkranke|abhangige|patienten))?\b"),
        # Eine Kirche als Bau oder Werkstück: "hat eine Kirchenorgel restauriert".
        ("kirche*",
            r"\bkirchen(?:orgel|dach|dacher|fenster|glocke|glocken|bau|bauten|sanierung|turm"
            r"|renovierung)\w*\b"),
        # Batches p and q, dev halves: work on a subject, the clients of a pharmacy.
        ("hochzeiten hochzeit",
            r"\bhochzeiten (?:beliefert|bewirtet|ausgestattet|betreut|geplant)\b|\b\d+ hochzeiten\b"),
        ("budget",
            r"\bunter (?:dem )?budget (?:geblieben|abgeschlossen|geliefert|gelandet)\b"),
        ("kirchenkunst kirchenmusik kirchenfenster kirchenarchitektur",
            r"\bkirchen(?:kunst|musik|fenster|architektur|restaurierung)\b"),
        ("diabetiker diabetikerinnen",
            r"\b(?:betreut|berat|berat\w*|versorgt|schult)\b[^.\n]{0,25}\bdiabetiker(?:innen)?\b"),
        ("hochzeitsplanerin hochzeitsplaner hochzeitsmesse hochzeitsfloristik",
            r"\bhochzeits(?:planer\w*|messe\w*|floristik|torten?|fotograf\w*|dekoration)\b"),
        ("fluchtlingsunterkunft fluchtlinge fluchtlingsheim",
            r"\b(?:uber|berichtet\w*|reportage|recherche)\b[^.\n]{0,20}\bfluchtling\w*"),
        # A back a physio treats, not hers: "Patienten mit Rückenschmerzen", "Bandscheibenpatienten".
        ("ruckenproblem* ruckenschmerz* bandscheibe* patient* patientinnen",
            r"\b(?:patient\w*|klient\w*|menschen|sportler\w*|kunden|mitglieder) mit (?:\w+ ){0,2}?"
            r"(?:ruckenproblem\w*|ruckenschmerz\w*|bandscheibe\w*)|\b(?:ruckenschmerz|ruckenproblem"
            r"|bandscheiben)\w*(?:patient\w*|therapie\w*|schule\w*|training\w*|sprechstunde\w*|zentrum"
            r"|reha\w*)\b|\b(?:behandlung|therapie|reha|pravention|behandelt|behandeln|kurse?)"
            r" (?:von|bei|gegen) (?:\w+ ){0,2}?(?:ruckenproblem\w*|ruckenschmerz\w*|bandscheibe\w*)"),
        # Die Kita als Arbeitsplatz, die Kinder dort, Leistungen für Schwangere.
        ("kita kinder schwangeren*",
            r"(?:^|\n)\s*kita\s*:|\b(?:allergie\w*|essen|mahlzeiten|listen?|akten|sicherheit|eltern"
            r"|betreuung|entwicklung|forderung) der kinder\b|\bschwangeren(?:massage|beratung|vorsorge"
            r"|gymnastik|yoga|kurs\w*|betreuung|station)\b"),
        # Die Arbeit, nicht die Person: "Arbeitsschutz für Schwangere", "Arbeit mit Kindern".
        ("schwangere schwangeren kindern",
            r"\b(?:arbeitsschutz|mutterschutz\w*|beratung|betreuung|pflege|versorgung|kurse?|schutz)\b"
            r"[^.;]{0,20}\b(?:fur |von )?schwangeren?\b"
            r"|\b(?:arbeit|arbeiten|erfahrung|umgang|zusammenarbeit|projekte?|betreuung)\b[^.;]{0,15}"
            r"\bmit kindern\b(?!\s*(?:zu hause|daheim|allein))|\bmit kindern (?:und jugendlichen|arbeiten"
            r"|gearbeitet|umgehen)\b"),
        # Die Kita als Arbeitsplatz, Elternzeit als Vorgang der Personalabteilung.
        ("kita elternarbeit elternzeit*",
            # Work there, not her child's pick-up ("muss um 16 Uhr bei der Kita sein").
            r"\b(?:\w*arbeit\w*|beispiele|tatig|beschaftigt|erfahrung|erzieher\w*|stelle|job"
            r"|praktikum|leitung"
            r"|jahre)\b[^.;]{0,25}\b(?:in|bei|aus) (?:der|einer|unserer) kita\b|\bkita-?(?:leitung|team"
            r"|alltag|erfahrung|gruppe)\b|\belternarbeit\b"
            # The HR process, not her own application ("Elternzeitantrag gestellt").
            r"|\belternzeit-?(?:abrechnung|regelung|falle|prozess|verwaltung|meldungen|antrage)\w*"),
        # Ausstattung und Aufgaben, nicht die Person: "kennt die Rollstuhlrampe", "Hochzeitsdeko",
        # "bearbeitet Elterngeld-Bescheinigungen", "Kundschaft meist über 50".
        ("rollstuhl* hochzeit* elterngeld* uber",
            r"\brollstuhl(?:rampe|rampen|platz|platze|stellplatz\w*|gerecht\w*|zugang|lift|zuganglich\w*)\b"
            # The office that pays it, a workplace: "Sachbearbeitung in der Elterngeldstelle".
            r"|\belterngeld(?:stelle|kasse|abteilung|team|referat)\w*"
            r"|(?<!ihre )(?<!seine )(?<!ihrer )(?<!seiner )\bhochzeits(?:deko\w*|floristik|ausstattung|pl"
            r"anung"
            r"|fotografie|torten?|strau\w*|messe|saison|gesellschaften|feiern|buchungen)\b"
            r"|\b(?:kennt|bearbeit\w*|erstell\w*|pruf\w*|verwalt\w*|abrechn\w*|lohnabrechnung\w*)\b"
            r"[^.;]{0,60}(?<!ihren )(?<!ihre )(?<!seinen )(?<!seine )(?<!ihr )(?<!sein )\belterngeld\w*|\b(?"
            r":kundschaft|kunden|kundinnen|patienten|patientinnen|bewohner"
            r"\w*|gaste|zielgruppe|publikum|fahrgaste)\b[^.;]{0,20}\b(?:uber|ab|unter) \d\d\b"),
        # Die Gehaltsabrechnung als System, nicht das Gehalt der Person.
        ("gehalts*",
            r"\bgehaltsabrechnung\w*"),
        ("akzent akzente",
            r"\bakzente? setz\w*|\bsetzt\w* (?:\w+ )?akzente?\b"),
        ("herkunft",
            r"\bherkunft (?:der|des|von) (?:daten|fehler\w*|anfragen|werte)\b"),
        ("krankt kranken",
            r"\bkrank(?:t|en) an\b"),
        # Dinge, nicht Menschen: "Das Projekt war zu alt, um es zu retten."
        ("alt jung veraltet",
            r"\b(?:das|die|der|den|dem) (?:projekt|system|code|codebasis|version|software|server|hardware|"
            r"stack|framework|produkt|firma|unternehmen|technologie|anwendung|app|plattform|bibliothek|rec"
            r"hner|geraet|gerat|laptop|monolith)\w* (?:war|ist|wirkt|scheint|waren|sind) (?:\w+ )?(?:zu|se"
            r"hr|ziemlich) (?:alt|jung|veraltet)\b"),
        ("familie",
            r"\bzeit fur (?:die )?familie\b(?= (?:app|plattform))"),
        # Arbeit an einem heiklen Thema: "Gehaltsmodul", "Mutterschutzfristen in der Personalsachbearbeitung".
        ("*modul* *prozess* *workflow* *formular* *feld* *bericht* *fristen* *abrechnung* *system*",
            r"\b\w*(?:gehalt|lohn|eltern|mutterschutz|kinder|gesundheit|alters|religion)\w*(?:modul|module"
            r"|prozess|prozesse|workflow|formular|feld|felder|bericht|berichte|fristen|abrechnung|system)\b"),
        ("religionsunterricht",
            r"\breligionsunterricht\w*\b[^.;]{0,40}\b(?:unterrichtet|gegeben|erteilt|gelehrt)\b"),
    ],
)
