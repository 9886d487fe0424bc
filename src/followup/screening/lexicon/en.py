"""English: every category. Text is lower-cased and accent-free before matching (see __init__)."""

from ..findings import Category
from . import Lexicon

C = Category

# Demonyms that are not also the name of a language, so "Nigerian, moved here" is safe to flag at
# the start of a clause while "German, French and English" (a list of languages) is not.
PEOPLE = (
    "nigerian|ghanaian|kenyan|ethiopian|somali|senegalese|cameroonian|congolese|ugandan|eritrean"
    "|sudanese|moroccan|algerian|tunisian|egyptian|libyan|syrian|lebanese|iraqi|iranian|afghan"
    "|pakistani|indian|bangladeshi|sri lankan|nepali|nepalese|filipino|filipina|indonesian|malaysian"
    "|vietnamese|cambodian|mexican|brazilian|colombian|venezuelan|peruvian|chilean|argentinian"
    "|argentine|cuban|dominican|haitian|jamaican|puerto rican|ukrainian|belarusian|romanian|bulgarian"
    "|albanian|serbian|croatian|bosnian|kosovar|irish|scottish|welsh|american|canadian|australian"
    "|british|israeli|palestinian|saudi|emirati|yemeni|kurdish|chechen|roma|gypsy|gypsies|nordic"
    "|scandinavian|slavic|eastern european|middle eastern|east asian|south asian|southeast asian"
    "|north african|west african|east african|african|asian|arab|latin american|caribbean"
)
# Demonyms that are also languages: flagged only next to a person noun or after "he is".
LANGUAGE_PEOPLE = (
    "english|french|german|spanish|italian|portuguese|dutch|chinese|japanese|korean|russian|polish"
    "|turkish|greek|swedish|norwegian|danish|finnish|hungarian|czech|thai|persian"
)
# "polish" is also a verb ("they polish their PRs"): only next to a person noun, or cased (below).
LANGUAGE_PEOPLE_AND_POLISH = (
    f"{LANGUAGE_PEOPLE}|polish"
)
LANGUAGES = (
    f"{LANGUAGE_PEOPLE}|mandarin|cantonese|arabic|hindi|urdu|bengali|hebrew|farsi|tagalog|swahili"
    "|ukrainian|romanian|tamil|punjabi|gujarati|vietnamese|indonesian|malay|catalan|basque"
)
COUNTRIES = (
    "nigeria|ghana|kenya|ethiopia|somalia|senegal|cameroon|congo|uganda|eritrea|sudan|morocco"
    "|algeria|tunisia|egypt|libya|syria|lebanon|iraq|iran|afghanistan|pakistan|india|bangladesh"
    "|sri lanka|nepal|the philippines|philippines|indonesia|malaysia|vietnam|cambodia|china|japan"
    "|korea|mexico|brazil|colombia|venezuela|peru|chile|argentina|cuba|the dominican republic"
    "|haiti|jamaica|puerto rico|ukraine|russia|belarus|romania|bulgaria|albania|serbia|croatia"
    "|bosnia|kosovo|poland|turkey|greece|israel|palestine|saudi arabia|yemen|africa|asia"
    "|latin america|south america|the middle east|eastern europe|abroad|overseas"
)

MACROS = {
    "SUBJ": r"(?:he|she|they|the candidate|candidate)",
    # Hedges and intensifiers that sit between a verb and an adjective in notes.
    "ADV": r"(?:(?:a bit|a little bit|a little|bit|quite|very|rather|too|way|much|far|slightly|somewhat"
           r"|probably|possibly|maybe|perhaps|clearly|obviously|definitely|really|pretty|kind of|kinda"
           r"|sort of|a lot|significantly|noticeably|visibly|openly|also|just|so|honestly|frankly"
           r"|a tad|fairly|super|extremely|incredibly|overly|generally|always|often|actually|likely"
           r"|seemingly|apparently|certainly)\s+)*",
    "SEEM": r"(?:seems?|seemed|looks?|looked|appears?|appeared|feels?|felt|comes? across as"
            r"|came across as|came off as|comes? off as|sounds?|sounded)",
    "BE": r"(?:is|was|'s|are|were|'re|seems?|seemed|looks?|looked|appears?|appeared|felt|feels?"
          r"|comes? across as|came across as|came off as|might be|may be|must be|could be|would be"
          r"|will be|can be|being)",
    # The start of a clause: notes often drop the subject ("Seems older than the team").
    # The start of a clause; not the middle of "12:30" or "4.30".
    "START": r"(?:^|(?<=[.;:!?,(\n•*])(?!(?<=\d[.:])\d))[ \t]*(?:-[ \t]*)?",
    # A look-alike never excuses the candidate's own circumstances: "her religion rules out ...".
    "NOT_THEIRS": r"(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\byour )(?<!\bmy )(?<!\bshe's )(?<!\bhe's )"
                  r"(?<!\bshe is )(?<!\bhe is )(?<!\bown )",
    # Nor the candidate named as one of those served: "she is a patient with ...".
    "NOT_A": r"(?<!\bis )(?<!\bwas )(?<!\bas )(?<!\bbeing )(?<!'s )(?<!\bis a )(?<!\bwas a )"
             r"(?<!\bas a )(?<!\bbeing a )(?<!'s a )(?<!\bherself a )(?<!\bhimself a )",
    "AGE_NUM": r"(?:1[6-9]|[2-9]\d)",
    "DECADES": r"(?:[2-6]0s|[2-6]0's|twenties|thirties|forties|fifties|sixties)",
    "SCORE_NUM": r"(?:\d{1,2}(?:\.\d)?|zero|one|two|three|four|five|six|seven|eight|nine|ten)",
    "PERSON": r"(?:guy|man|men|woman|women|lady|ladies|girl|boy|kid|person|people|candidate|gentleman"
              r"|chap|fellow|dude|gal|folks?|applicant|lad|bloke|national"
              r"|citizen|immigrant|family|parents)s?",
    "PEOPLE": PEOPLE,
    "LANGUAGE_PEOPLE": LANGUAGE_PEOPLE,
    "LANGUAGES": LANGUAGES,
    "LANGUAGE_PEOPLE_AND_POLISH": LANGUAGE_PEOPLE_AND_POLISH,
    "COUNTRIES": COUNTRIES,
    "TECH": r"(?:version|versions|code|codebase|api|apis|system|systems|stack|company|companies|startup"
            r"|startups|product|products|field|industry|market|markets|project|projects|library"
            r"|framework|language|tech|technology|platform|service|services|tool|tools|design"
            r"|process|standard|format|browser|release|build|model|models|data|school|tradition)",
    # "140k", not "10k users": thousands followed by a unit are traffic, not pay.
    "MONEY_K": r"\d{2,3}(?:[.,]\d)?\s?k\b(?!\s*(?:users?|requests?|rps|qps|req|lines?|loc|downloads?|stars?"
               r"|rows?|records?|customers?|events?|messages?|files?|tests?|items?|members?|followers?"
               r"|views?|subscribers?|tickets?|orders?|transactions?|tps|writes?|reads?|queries|calls?"
               r"|visits?|visitors?|sessions?|devices?|nodes?|pods?|containers?|endpoints?|emails?|jobs?"
               r"|tokens?|docs?|documents?|pages?|words?|merchants?|sellers?|accounts?|installs?|mau|dau"
               r"|iops|msgs?|hits?|ops|/s|per (?:second|minute|sec|min|day|hour)|lines|sq\.? ?ft|sqft"
               r"|square (?:feet|foot|metres|meters)|sq\.? ?m|m2|m²|tonnes?|tons?|km|miles|units?|skus?"
               r"|pallets?|parcels?|deliveries|guests|patients|pupils|students|staff|employees|people))",
}

LEXICON = Lexicon(
    language="en",
    macros=MACROS,
    endings=("s", "es"),
    words={
        C.AGE: """
            boomer* millennial* zoomer* gen_z gen-z gen_x gen-x gen_y gen-y genx genz generation_x
            generation_y generation_z digital_native* elderly geriatric senile
            youthful retiree* pensioner* middle-aged grey-haired gray-haired grey_hair gray_hair
            white-haired over_the_hill date_of_birth dob birthdate grandkid* grandchild*
            grandchildren grandson* granddaughter* grandmother grandfather grandma grandpa
        """,
        C.FAMILY: """
            pregnan* maternity paternity parental_leave mat_leave pat_leave family_leave childcare
            child_care daycare day_care nanny nannies babysitter* newborn* stepchild* stepson*
            stepdaughter* breastfeed* breast-feed* ivf fertility miscarriage* divorce* widow*
            fiance fiancee spouse* husband* wife wives honeymoon* wedding* school_run boyfriend*
            girlfriend* caregiver* caregiving carer* grandkid* grandchild* grandchildren
            grandson* granddaughter* married unmarried single_mom* single_mum*
            single_mother* single_dad* single_father* single_parent* stay-at-home_mom*
            stay-at-home_dad* stay-at-home_parent* in-laws mother-in-law father-in-law
        """,
        C.HEALTH: """
            disabilit* disabled wheelchair* remission deaf* hard_of_hearing hearing_aid* autis* asperger*
            adhd dyslexi* dyspraxi* dyscalculi* depression depressive antidepressant* anxiety
            panic_attack* bipolar schizophreni* ocd ptsd mental_health mental_illness* mentally_ill
            burnout burn-out burned_out burnt_out sick_leave medical_leave sick_note sick_day*
            illness* cancer chemo* radiotherapy diabetes diabetic epilep* seizure* hiv
            insulin coeliac celiac menopaus* perimenopaus*
            multiple_sclerosis parkinson* alzheimer* dementia arthritis crutches prosthe* amputee*
            paraly* stutter* stammer* tourette* chronic_pain chronic_illness chronic_fatigue
            long_covid surgery surgeries medication* therapist* psychiatri* rehab alcoholi*
            addiction* overweight obese obesity neurodivergen* neurodiverse neurodiversity
            impairment* visually_impaired hearing_impaired hospitalised hospitalized hospitalisation
            hospitalization blindness mental_breakdown
            nervous_breakdown wheelchair-bound lisp speech_impediment hearing_loss vision_loss
            low_vision partially_sighted migraine* insomnia long-term_condition
        """,
        C.RELIGION: """
            religio* muslim* islam islamic moslem* catholic* protestant* jewish jew jews judaism
            hindu* sikh* buddhis* atheis* agnostic* mormon* evangelical* quaker* baptist* lutheran*
            church churches mosque* synagogue* pray prays prayed praying prayer* ramadan eid diwali
            passover yom_kippur sabbath shabbat shabbos kosher halal hijab* headscarf* headscarves
            niqab* burqa* burka* chador turban* kippah* yarmulke* kippa crucifix* rosary bible*
            quran koran torah pastor pastors priest* rabbi rabbis rabbinic* imam* jehovah* scientolog*
            devout pious
            god-fearing born-again christianity jummah jumuah jumu'ah salah salat namaz iftar
            suhoor hajj umrah puja navratri vaisakhi hanukkah rosh_hashanah bar_mitzvah
            bat_mitzvah first_communion
            preacher* chapel
        """,
        C.ORIGIN: """
            accent accents accented ethnic* racial* racially immigrant* immigrat* emigrat* foreigner* refugee*
            asylum caucasian* hispanic* latino* latina* latinx african-american* afro-american*
            non-native nonnative mother_tongue national_origin country_of_origin nationality
            nationalities person_of_color person_of_colour people_of_color people_of_colour poc bipoc
            dark-skinned light-skinned brown-skinned skin_color skin_colour mixed-race mixed_race biracial
        """,
        C.SEX: """
            gender* female* feminine masculine manly womanly girly ladylike sexis* sexy woman women
            girl girls lady ladies good-looking handsome bimbo
        """,
        C.ORIENTATION: """
            gay gays lesbian* bisexual* homosexual* heterosexual* queer lgbt* transgender* transsexual*
            non-binary nonbinary genderqueer genderfluid sexual_orientation sexuality pronouns
            drag_queen* cisgender intersex asexual pansexual same-sex gender_identity
            gender_transition closeted
        """,
        C.SCORE: """
            scorecard* strong_hire strong_no_hire no_hire no-hire lean_hire lean_no_hire
            not_a_hire thumbs_up thumbs_down bar_raiser* hire/no_hire
        """,
        C.COMPARISON: """
            shortlist* runner-up runners-up front-runner* frontrunner* candidate_pool
            applicant_pool talent_pool plan_b
        """,
        C.COMPENSATION: """
            salary salaries compensation remuneration wage wages payslip* paycheck* pay_cut pay_rise
            pay_raise payrise pay_band* salary_band* payband* pay_range pay_expectation* pay_scale
            pay_grade pay_bump stock_options rsu* ote base_salary day_rate hourly_rate daily_rate
            contract_rate counteroffer* counter-offer* competing_offer* relocation_package
            sign-on_bonus signing_bonus joining_bonus benefits_package take-home_pay total_comp
            comp_package
        """,
        C.CHARACTER: """
            arrogan* laziness cocky smug abrasive obnoxious annoying condescending patronising patronizing
            snob snobb* pompous egotistic* egocentric narcissis* whiny whiner* dishonest untrustworthy
            shady sleazy slimy creepy weirdo jerk jerks asshole* arsehole* douche* prick idiot*
            moron* clueless incompetent unlikable unlikeable dislikable insufferable slacker*
            spineless pushover doormat airhead ditzy hothead* hot-headed know-it-all
            full_of_himself full_of_herself full_of_themselves bad_attitude attitude_problem
            lacks_personality no_personality culture_fit cultural_fit team_fit liar liars bossy
            socially_awkward people_person gut_feeling beer_test airport_test diva divas
            prima_donna drama_queen control_freak
        """,
        C.PERSONAL_DATA: """
            home_address date_of_birth dob birthdate social_security_number passport_number
        """,
    },
    phrases=[
        # Batch v, dev half (eighth session).
        (C.SCORE, "level_n_of_m", "level band tier grade #digit",
            r"\b(?:level|band|tier|grade)\s+\d(?:[.,]\d)?\s*(?:of|out of|/)\s*\d\b"),
        (C.COMPARISON, "as_the_other_applicant", "applicant applicants candidate candidates interviewee",
            r"\b(?:as|than)\s+(?:the|that|this|our)\s+(?:[\w-]+\s+){0,2}(?:applicant|candidate|interviewee)s?\b"),
        (C.COMPENSATION, "wanted_an_hour", "hour hr #digit",
            r"\b(?:want(?:s|ed)?|ask(?:s|ed|ing)?(?: for)?|expect(?:s|ed|ing)?|earn(?:s|ed|ing)?|paid|on"
            r"|needs?|after|looking for)\s+(?:£|\$|€)?\s?\d+(?:[.,]\d+)?\s*(?:an|a|per|/)\s*(?:hour|hr|h)\b"),
        # Batch u, dev half (seventh session).
        (C.AGE, "retired_from", "retired",
            r"\bretired (?:from|last year|early|two years ago|a few years ago|\w+ years ago)\b"),
        (C.FAMILY, "young_mum", "mum mom mother dad father parent",
            r"\byoung (?:mum|mom|mother|dad|father|parent)\b"),
        (C.AGE, "at_63", "#digit",
            r"(?:^|[,;(]\s*)at (?:[5-7]\d|1[6-9])\b(?=\s*(?:with|,|and|she|he|they|is|$))"),
        (C.INSTRUCTION, "bot_please", "chatbot bot ai chatgpt gpt drafter",
            r"\b(?:chat ?bot|draft bot|email bot|ai|chatgpt|gpt|bot|drafter)\b\s*[,:-]?\s*(?:pls|please|plz"
            r"|make|put|say|tell|write|mention|keep|don't|do not)\b"),
        (C.INSTRUCTION, "email_should_say", "email mail draft letter reply",
            r"\b(?:the )?(?:email|mail|draft|letter|reply)\s+(?:should|must|needs to|has to)\s+(?:say|mention"
            r"|tell|sound|state|promise|include)\b"),
        (C.SEX, "as_a_guy", "guy man woman girl bloke lady female male",
            r"\bas a (?:guy|man|woman|girl|bloke|lady|female|male)\b(?! (?:nurse|engineer|doctor))"
            r"|\bexpect a (?:bloke|man|woman|guy|lad|girl|lady)\b"),
        (C.AGE, "twenty_something", "something somethings",
            r"\b(?:typical )?(?:twenty|thirty|forty|fifty|sixty)-?somethings?\b"),
        (C.FAMILY, "looks_after_dad", "looks look after elderly ageing aging",
            r"\blooks? after (?:her|his|their) (?:\w+ )?(?:dad|mum|mom|mother|father|parents?|nan"
            r"|gran|grandma"
            r"|grandad|kids|children|son|daughter)\b|\b(?:elderly|ageing|aging) (?:dad|mum|mom|mother|father"
            r"|parents?|nan|gran)\b"),
        (C.AGE, "before_you_were_born", "born",
            r"\bbefore you were born\b"),
        # Batch s and t dev halves (seventh session): a score said as "a 3 of 5" or "top marks",
        # "just behind the woman from...", "two years from her pension", "pushing sixty".
        (C.SCORE, "a_3_of_5", "#digit",
            r"\b(?:a|an|maybe|about|like) [0-9](?:\.5)? (?:of|out of) (?:4|5|10)\b"),
        (C.SCORE, "id_score_him", "score rate",
            r"\b(?:i'?d|i would|i'll|i will) (?:score|rate) (?:him|her|them)\b"),
        (C.SCORE, "top_marks", "marks",
            r"\b(?:top|full) marks (?:from (?:me|us|the panel|everyone)|on|for (?:the|his|her))\b"),
        (C.COMPARISON, "just_behind_the", "behind ahead",
            r"\b(?:just |right |slightly |a bit |well |miles )?(?:behind|ahead of) the (?:woman|man|guy|lady"
            r"|girl|lad|chap|bloke|one|candidate|applicant|other)\b"),
        (C.AGE, "years_from_pension", "pension retirement retiring",
            r"\b(?:\d+|a|one|two|three|four|five|few|couple of) (?:years? |months? )?(?:from|off|away from"
            r"|short of|before) (?:his |her |their |the )?(?:pension|retirement|retiring)\b"),
        (C.AGE, "pushing_sixty", "pushing",
            r"\b(?:pushing|nudging|knocking on) (?:forty|fifty|sixty|seventy|40|50|60|70)\b"),
        (C.FAMILY, "partners_job", "partner partner's husband's wife's spouse's",
            r"\b(?:partner|husband|wife|spouse|fiance|fiancee|boyfriend|girlfriend)'?s (?:job|work|posting"
            r"|contract|transfer|relocation)\b"),
        (C.SEX, "butch", "butch rather prefer sooner",
            r"\b(?:quite |very |a bit |bit )?butch\b|\b(?:rather|prefer|sooner) (?:have |had )?a (?:bloke"
            r"|man|woman|guy|lad|girl|lady)\b"),
        (C.ORIGIN, "name_a_mouthful", "mouthful pronounce unpronounceable",
            r"\b(?:surname|name)(?:'s| is) (?:a (?:bit of a |real )?mouthful|hard to (?:say|pronounce)"
            r"|unpronounceable)\b"),
        (C.INSTRUCTION, "at_the_tool", "=@",
            r"@\s*(?:the )?(?:drafting |draft |email |mail )?(?:tool|bot|ai|assistant|writer|drafter)\b"),
        (C.PERSONAL_DATA, "lives_on_road", "lives",
            r"\blives (?:on|at|in) (?:\d+ )?\w+ (?:road|street|st|avenue|ave|lane|close|drive|crescent"
            r"|terrace|gardens|place)\b"),
        # Batches p and q, dev halves: an age implied by an era, pay asked as a percentage, childcare
        # and pregnancy plans without the word, settled status, a speculated condition, an
        # instruction in brackets, an ID's digits, the other one preferred.
        (C.AGE, "an_era_lived",
            "remembers remember before pre- still stage time letraset typewriters telex containerisation",
            r"\bremembers? (?:the days (?:of|when|before)|when (?:we|they|you) (?:still|all|used)"
            r"|setting type"
            r"|using (?:telex|typewriters|letraset|punch cards|fax)|(?:the )?(?:pre-|before )\w+)"
            r"|\bwhen (?:they|we|you) still (?:drew|used|had|set|typed|wrote|did)\b"
            r"|\bbefore containerisation\b"
            r"|\b(?:at|in) (?:his|her|their) (?:stage|time) of life\b|\bletraset\b"),
        (C.AGE, "since_the_seventies",
            "sixties seventies eighties nineties 60s 70s 80s 90s thatcher blair reagan",
            r"\bsince the (?:early |mid |mid-|late )?(?:sixties|seventies|eighties|'?[5-8]0s|19[5-8]0s)\b"
            r"|\bwhen (?:thatcher|blair|major|reagan|clinton|kohl|mitterrand) was (?:in|pm|president"
            r"|in power)\b"),
        (C.COMPARISON, "the_one_from",
            "one guy girl woman man lad chap below above behind ahead",
            r"\b(?:going|go|went|gone) with the (?:one|guy|girl|woman|man|lad|chap|bloke|candidate) from\b"
            r"|\branked (?:her|him|them) (?:just |well |slightly )?(?:below|above|behind|ahead of)\b"),
        (C.COMPENSATION, "percent_over_current",
            "=% percent",
            r"\b(?:wants?|wanting|asking|asks?|asked|expects?|expecting|looking for|needs?|after)"
            r" (?:for )?(?:~|about |around |at least |roughly )?\d{1,3}\s?(?:%|percent|per cent)"
            r" (?:over|above|more than|on top of|uplift|increase|rise|raise|more)\b"),
        (C.FAMILY, "school_gates",
            "school gates gate pickup pick-up pick",
            r"\b(?:the )?school gates?\b|\b(?:school|nursery|creche|daycare) (?:pick-?ups?|pick up"
            r"|drop-?offs?)\b"),
        (C.FAMILY, "another_one",
            "another baby child one",
            r"\b(?:she's|she is|they're|they are|he's|he is) (?:planning|trying for|hoping for) (?:another|a"
            r" second|a third) (?:one|baby|child|kid)\b|\btrying for a baby\b"),
        (C.ORIGIN, "settled_status",
            "settled pre-settled leave remain ilr brp",
            r"\b(?:pre-)?settled status\b|\bindefinite leave to remain\b|\bleave to remain\b|\bright to"
            r" remain\b|\b(?:her|his|their) (?:brp|ilr)\b"),
        (C.HEALTH, "something_medical",
            "medical",
            r"\b(?:something|anything|some(?:thing)? sort of) medical\b|\bmedical (?:thing|issue|condition)"
            r"\s*\?"),
        (C.INSTRUCTION, "bracketed_instruction",
            "assistant ai bot model writer drafter",
            r"\[\s*(?:note )?(?:to|for|@) (?:the )?(?:assistant|ai|bot|model|email writer|writer"
            r"|drafter)\s*\]"),
        (C.PERSONAL_DATA, "id_digits",
            "ssn nino ni nin passport dni nie",
            r"\b(?:ssn|nino|ni number|national insurance(?: number)?|passport(?: no\.?| number)?|dni|nie)"
            r"\b[^.\n]{0,25}\b\d{4,}\b"),
        (C.COMPARISON, "liked_the_other_more",
            "other more better blew",
            r"\b(?:liked|preferred|rated|prefer|like) the other (?:\w+ )?(?:more|better|over)\b"
            r"|\bthe other (?:candidate|one|guy|girl|applicant|woman|man) (?:was|is) (?:better|stronger"
            r"|sharper|more)\b|\bwho blew (?:her|him|me|us) away\b"),
        (C.HEALTH, "walks_with_a_stick",
            "stick cane crutches crutch",
            r"\b(?:walks?|walked|walking|gets? about|got about) with (?:a )?(?:stick|cane|walking stick"
            r"|crutch"
            r"|crutches|frame)\b|\bon crutches\b"),
        (C.CHARACTER, "gave_me_the_creeps",
            "creeps",
            r"\bgave (?:me|us|everyone) the creeps\b"),
        # --- age -------------------------------------------------------------------------------
        (C.AGE, "years_old",
            "#digit",
            r"\b\d{1,2}[\s-]*(?:years?|yrs?|y\.?o\.?)[\s-]*old\b|\b\d{1,2}[\s-]?y\.?o\b"),
        (C.AGE, "aged_n", "age aged", r"\b(?:aged?|age:)\s*{AGE_NUM}\b"),
        (C.AGE, "in_their_decade", "#digit twenties thirties forties fifties sixties",
            r"\b(?:in|into|hitting) (?:his|her|their) (?:early |mid |mid-|late )?{DECADES}"
            r"|\b(?:early|mid|late)[\s-]*{DECADES}(?! (?:music|style|tech|era|design))"),
        (C.AGE, "older_than_people", "older younger",
            r"\b(?:older|younger)\s+than\s+(?:the (?:rest|team|others?|other \w+|average|typical)\b"
            r"|(?:most|all"
            r"|everyone|everybody|anyone|us|me|him|her|them|his|their|our|(?:i|we) (?:expected"
            r"|thought))\b)"),
        (C.AGE, "person_old_young", "old older young younger elderly youthful ancient mature junior",
            r"(?:\b{SUBJ}\s+{BE}|{START}(?:{ADV}){SEEM})\s+{ADV}(?:old|older|young|younger|elderly|youthful"
            r"|ancient|mature|junior-looking|too old|too young)\b(?! {TECH}\b)"),
        (C.AGE, "too_old_young", "old young",
            r"\b(?:too|so|very|quite|rather|a bit|bit|fairly|pretty|a little|way) (?:old|young)\b"
            r"(?=\s*(?:to\b|for\b|[.,;:!?)-]|$|and\b|but\b|,))"),
        (C.AGE, "young_old_people", "young old older younger elderly middle",
            r"\b(?:young|old|older|younger|elderly|middle-aged|older-looking|younger-looking)\s+"
            r"(?:guy|man|men|woman|women|lady|ladies|girl|boy|kid|person|people|candidate|gentleman|chap"
            r"|fellow|dude|team|crowd|folks|engineers?|developers?|hires?|blood|talent|colleagues|workforce"
            r"|vibe|energy)s?\b"),
        (C.AGE, "retirement", "retirement retiring retire",
            r"\b(?:close to|near|nearing|approaching|before|near to|about to|soon|thinking about|plans?)"
            r"\s+(?:retirement|retiring|retire|(?:the )?retirement age)\b|\bretirement age\b"),
        (C.AGE, "past_prime",
            "prime best ways",
            r"\bpast (?:his|her|their) (?:prime|best)\b|\bset in (?:his|her|their) ways\b"),
        (C.AGE, "graduation_year", "graduated graduating graduation grad class degree finished",
            r"\b(?:graduated|graduating|graduation|grad|class of|degree in|finished (?:school|uni\w*"
            r"|college)"
            r" in)\b[^.;\n]{0,30}?\b(?:19[4-9]\d|20[0-2]\d)\b"),
        (C.AGE, "born_in_year", "born", r"\bborn (?:in|on)\b[^.;\n]{0,15}?\b(?:19|20)\d\d\b"),
        (C.AGE, "their_age", "age older younger",
            r"\b(?:his|her|their|your) age\b|\bage (?:is|was|could be|might be|would be|may be) (?:a |an )?"
            r"(?:concern|issue|problem|factor|question|worry)\b|\b(?:age|older|younger) candidate\b"),
        (C.AGE, "is_n",
            "#digit",
            r"\b(?:{SUBJ}|he's|she's|they're)(?:\s+(?:is|was|are|turned|turns))?\s+(?:just |only"
            r" |barely |already |nearly |almost |about |around |maybe |probably |not even )?{AGE_NUM}\b"
            r"(?!\s*(?:%|percent|minutes?|mins?|hours?|days?|weeks?|months?|k\b|people|[a-z]+s\b|min\b))"
            r"|{START}(?:just|only|barely|already|not even|nearly|almost)\s+{AGE_NUM}\b"
            r"(?=\s*(?:[.,;:!?)]|$|and\b|but\b|years?\b))"),
        (C.AGE, "bare_number",
            "#digit",
            r"{START}(?:aged? )?{AGE_NUM}\b(?=\s*(?:,|but\b|and\b|so\b|-\s|years?\b"
            r"|yo\b|y/o\b|\(|$))"),
        (C.AGE, "turns_n",
            "turns turn turned turning",
            r"\b(?:turns?|turned|turning)\s+{AGE_NUM}\b(?!\s*(?:%|percent|ms|x|times))"),
        (C.AGE, "over_n", "over under nearly almost pushing",
            r"\b(?:over|under|nearly|almost|pushing)\s+(?:[3-7]0|thirty|forty|fifty|sixty|seventy)\b"
            r"(?=\s*(?:[.,;:!?)]|$|and\b|but\b|so\b|which\b|years? old))"),
        (C.AGE, "decade_alone",
            "#digit",
            r"{START}(?:probably |maybe |around |about )?(?:early |mid |late |mid-)?"
            r"[2-6]0s\b(?=\s*(?:[.,;:!?)]|$|and\b|but\b|so\b|i\b))"),
        # --- pregnancy and family -----------------------------------------------------------------
        (C.FAMILY, "children",
            "kid kids child children babies baby toddler toddlers son sons daughter daughters twins "
            "teenager teenagers",
            r"\b(?:has|have|having|with|had|raising|\d|one|two|three|four|five|six|small|young|little"
            r"|grown|grown-up|adult|his|her|their|sick|own|teenage|school-age)\s+(?:small |young |little"
            r" |teenage |grown |grown-up |school-age |two |three |)?(?:kids?|children|child|babies|baby"
            r"|toddlers?|sons?|daughters?|twins|teenagers?)\b(?![\s-]*(?:process\w*|node\w*|element\w*"
            r"|component\w*|class\w*|table\w*|record\w*|object\w*|window\w*|widget\w*|task\w*|thread\w*"
            r"|item\w*|entit\w*|rows?|spans?|accounts?|tickets?|issues?|steps|theme|themes|project\w*"
            r"|compan\w*|friendly|care|span|pipeline\w*|job\w*|workflow\w*|view\w*|route\w*|module\w*))"),
        (C.FAMILY, "parent_of", "mother mom mum father dad parent mothers moms mums fathers dads parents",
            r"\b(?:mother|mom|mum|father|dad|parent)s? (?:of|to) (?:one|two|three|four|five|\d|a |an "
            r"|twins)"
            r"|\b(?:is|as|being|also) a (?:new |single |working |stay-at-home |young |busy |first-time )?"
            r"(?:mom|mum|mother|dad|father|parent)\b"
            r"|\b(?:new|working|expectant|first-time|busy) (?:mom|mum|mother|dad|father|parent)s?\b"),
        (C.FAMILY, "their_relatives",
            "mom mum mother father dad parents family families partner kids children child baby son "
            "daughter sons daughters laws grandmother grandfather grandparents sister brother siblings "
            "sibling relatives relative",
            r"\b(?:his|her|their) (?:mom|mum|mother|father|dad|parents|family|families|partner|kids"
            r"|children"
            r"|child|baby|son|daughter|sons|daughters|in-laws|grandmother|grandfather|grandparents"
            r"|sister|brother|siblings?|relatives?)\b(?! (?:of|teams?|compan\w*|agenc\w*|integrations?"
            r"|api|apis|programs?|programmes?|network|ecosystem|portal|org|accounts?|channels?|products?"
            r"|process\w*|nodes?|class\w*|element\w*|component\w*|tickets?|issues?))"),
        (C.FAMILY, "caring_for", "caring cares cared",
            r"\bcar(?:ing|es|ed) for (?:an? |his |her |their )?(?:elderly |sick |ill |disabled |aging "
            r"|ageing |ailing |young |newborn )?(?:mother|father|parents?|relatives?|family|grandmother"
            r"|grandfather|grandparents?|child|children|kids?|baby|son|daughter|husband|wife|partner"
            r"|spouse)"),
        (C.FAMILY, "family_status", "family",
            r"\bfamily (?:reasons|commitments|obligations|situation|circumstances|plans|status"
            r"|responsibilities|life|emergency|emergencies|issues|constraints|duties|man|woman|matters"
            r"|illness|leave|ties)\b|\b(?:has|have|with) (?:a |young |small )?family\b"),
        (C.FAMILY, "starting_family", "family kids children baby child",
            r"\b(?:start|starting|planning|plans?|wants?|wanting|thinking about|trying|hoping|hopes)"
            r"(?: to| for| on| about)?(?: have| having| start| starting)? (?:a )?(?:family|kids|children"
            r"|a baby|baby|another baby|another child)\b"),
        (C.FAMILY, "expecting", "expecting baby child due bump",
            r"\bexpecting (?:a |her |his |their |our |)(?:first |second |third |)(?:baby|child|kid|twins)"
            r"|\b(?:baby|child) (?:is )?due\b|\b(?:she's|she is|she was) due (?:in|on|any)\b"
            r"|\b(?:baby|bump|expecting)\b(?=\s*[.,;:!?)]|$)"
            # "the timing with the baby arriving in March"; not "baby steps", "baby monitor app".
            r"|\b(?:the|your|her|his|their|a new|new) baby\b(?! (?:steps?|monitor|boomers?|shark|food))"),
        # Not "was engaged throughout the interview".
        (C.FAMILY, "engaged", "engaged", r"\b(?:just got|recently got|got|getting|newly|recently) engaged\b"
            r"(?! (?:in|with|by|on|the|and))|\bengaged to (?:be married|his|her|a (?:man|woman|girl"
            r"|guy))\b"),
        # --- health and disability ----------------------------------------------------------------
        (C.HEALTH, "blind",
            "blind",
            r"\b(?:is|was|he's|she's|partially|legally|colou?r|completely|going|nearly)"
            r" blind\b(?! (?:spot|review|test|study|audition|trial))|\bblind in one eye\b"),
        (C.HEALTH, "spectrum", "spectrum", r"\bon the (?:autism |autistic |)spectrum\b"),
        (C.HEALTH, "health_issue",
            "health medical mental heart chronic pre existing underlying physical psychiatric "
            "psychological neurological kidney lung thyroid skin",
            r"\b(?:health|medical|mental|heart|chronic|pre-existing|underlying|physical|psychiatric"
            r"|psychological|neurological|kidney|lung|thyroid|skin)\s+(?:issues?|problems?|conditions?"
            r"|reasons|history|concerns?|scare|episode|struggles?|troubles?|limitations?)\b"),
        (C.HEALTH, "their_health",
            "health condition illness diagnosis disability medication therapy surgery operation doctor "
            "symptoms wheelchair treatment",
            r"\b(?:his|her|their) (?:health|condition|illness|diagnosis|disability|medication|therapy"
            r"|surgery|operation|doctor|symptoms|wheelchair|treatment(?! of))\b"),
        (C.HEALTH, "treatment",
            "treatment therapy therapist psychiatrist psychologist counsellor counselor",
            r"\b(?:cancer|medical|hospital|ongoing|undergoing|in|having|receiving"
            r"|mental health) treatment\b"
            r"|\b(?:in|starting|started|does|doing|attends?|goes to|going to|weekly"
            r"|ongoing|needs?) therapy\b|\bsees? a (?:therapist|psychiatrist|psychologist|counsell?or)\b"),
        (C.HEALTH, "sick_ill", "sick ill",
            r"\b(?:was|were|been|being|got|gets|is|off|out|calls?|called|calling) (?:in )?sick\b(?! of)"
            r"|\b(?:was|been|being|is|fell|falls|seriously|chronically|terminally|mentally|long-term|very)"
            r" ill\b(?![\s-](?:defined|suited|advised|conceived|fitting|prepared|equipped|informed))"),
        (C.HEALTH, "hospital", "hospital",
            r"\b(?:in|to|from|out of|into) (?:the )?hospital\b(?! (?:sector|network|software|systems?|group"
            r"|chain|clients?|industry|domain|space|market|projects?|it|data|scheduling|admin\w*"
            r"|management))"),
        (C.HEALTH, "injury",
            "injury injuries injured stroke attack breakdown",
            r"\b(?:was|got|been|his|her|an?|serious|back|knee|sports|head|spinal) injur(?:y"
            r"|ies|ed)\b|\binjured (?:his|her|their)\b|\bhad a (?:stroke|heart attack|breakdown)\b"),
        (C.HEALTH, "weight",
            "fat heavy heavyset obese chubby",
            r"\b(?:is|was|he's|she's|quite|very|bit|a bit|pretty|too|really|rather) fat\b"
            r"|\b(?:heavy-?set|obese|chubby)\b"),
        (C.HEALTH, "mobility",
            "cane stick limp walker reader aid scooter",
            r"\bwalks? with a (?:cane|stick|limp|walker)\b|\b(?:has|had|with|walks with)"
            r" a limp\b|\buses? a (?:screen reader|hearing aid|cane|walker|mobility scooter)\b"),
        (C.HEALTH, "accommodation", "accommodation accommodations adjustment adjustments",
            r"\b(?:needs?|needed|requested|request|asked for|requires?|required|would need) (?:an? |some "
            r"|special )?accommodations?\b(?! (?:booking|platform|search|listings?))"
            r"|\breasonable (?:adjustments?|accommodations?)\b"),
        (C.HEALTH, "recovering",
            "recovering recovered recovery",
            r"\brecover(?:ing|ed|y) from (?:a |an |his |her |their )?(?:illness|surgery"
            r"|cancer|burnout|burn-out|injury|stroke|depression|covid|breakdown|accident|operation"
            r"|addiction|treatment|chemo\w*)\b"),
        (C.HEALTH, "bad_body_part",
            "bad dodgy weak injured broken",
            r"\b(?:bad|dodgy|weak|injured|broken) (?:back|knees?|hips?|heart|legs?|shoulders?|eyesight"
            r"|hearing)\b"),
        (C.HEALTH, "depressed",
            "depressed",
            r"\bdepressed\b(?! (?:market|markets|prices?|demand|sales|economy|region"
            r"|wages|valuations?))"),
        # --- religion -----------------------------------------------------------------------------
        (C.RELIGION, "christian", "christian christians",
            r"\b(?:is|a|devout|practi[cs]ing|born-again|evangelical|conservative|committed|very|strong"
            r"|orthodox|an? orthodox) christians?\b|\bchristian (?:faith|values|church|school|college"
            r"|beliefs?|background|upbringing|group|community|fellowship|camp|charity|prayer)\b"),
        (C.RELIGION, "orthodox",
            "orthodox",
            r"\b(?:greek|russian|orthodox) (?:orthodox|jew\w*|christian\w*|church)\b"
            r"|\bultra-?orthodox\b"),
        (C.RELIGION, "faith",
            "faith religion",
            r"\b(?:his|her|their) (?:faith|religion)\b|\b(?:religious|christian"
            r"|muslim|jewish|hindu|sikh|buddhist) faith\b|\bpeople of faith\b|\bperson of faith\b"),
        (C.RELIGION, "temple",
            "temple",
            r"\b(?:goes to|go to|going to|at the|attends?|visits?|local|the) temple\b"
            r"(?! (?:university|run))"),
        (C.RELIGION, "religious_dress",
            "cross crucifix kippah yarmulke turban hijab headscarf scarf veil burqa niqab bindi cap "
            "skullcap",
            r"\b(?:wears?|wore|wearing|had on) (?:a |an |her |his )?(?:cross|crucifix|kippah|yarmulke"
            r"|turban"
            r"|hijab|headscarf|head scarf|veil|burqa|niqab|bindi|skull ?cap)\b"),
        (C.RELIGION, "god", "god", r"\b(?:believes? in|believer in|fears?|prays? to|trust in) god\b"),
        (C.RELIGION, "fasting",
            "fasting fasts fast lent",
            r"\b(?:fasting|fasts?) (?:for|during) (?:ramadan|lent|yom kippur)\b"
            r"|\b(?:is|was|'s|are|were|'re|been|be|currently|still) fasting\b|\bfasting (?:this|these|that"
            r"|for the|during the) (?:month|week|period|days?)\b"
            r"|\b(?:gives? up|giving up) \w+ for lent\b"),
        # --- race, ethnicity, national origin, accent ---------------------------------------------
        (C.ORIGIN, "demonym_start", "{PEOPLE} {LANGUAGE_PEOPLE_AND_POLISH}",
            r"{START}(?:half[\s-])?(?:{PEOPLE})\b(?=\s*(?:[,;.:!?)]|$|and\b|but\b|so\b|guy|woman|man))"
            r"|{START}(?:{PEOPLE}|{LANGUAGE_PEOPLE_AND_POLISH})s? (?:are|tend|usually|always|often|can be"
            r"|make|work|don't|do not)\b"),
        (C.ORIGIN, "demonym_person",
            "{PEOPLE} {LANGUAGE_PEOPLE_AND_POLISH} black white brown jewish muslim foreign ethnic exotic "
            "asian hispanic latino latina",
            r"\b(?:{PEOPLE}|{LANGUAGE_PEOPLE_AND_POLISH}|black|white|brown|jewish|muslim|foreign|ethnic"
            r"|exotic|asian"
            r"|hispanic|latino|latina)[\s-]+{PERSON}\b"),
        (C.ORIGIN, "is_demonym",
            "{PEOPLE} {LANGUAGE_PEOPLE} black white brown foreign ethnic exotic mixed biracial",
            r"\b(?:{SUBJ}|he's|she's|they're)\s*{BE}?\s*{ADV}(?:an? |half[\s-]|of )?(?:{PEOPLE}"
            r"|{LANGUAGE_PEOPLE}"
            r"|black|white|brown|foreign|ethnic|exotic|mixed[\s-]race|biracial)\b"
            r"(?![\s-](?:speaker|speaking|fluent|market|markets|team|office|client|clients|company"
            r"|companies|product|version|site|customers|bank|law|regulation|tax|market\w*|subsidiary"
            r"|label\w*|list\w*|box|board\w*|paper|space|noise|glove|hat))"),
        (C.ORIGIN, "looks_foreign", "{PEOPLE} {LANGUAGE_PEOPLE} foreign exotic ethnic",
            r"\b(?:looks?|looked|looking|seems?|seemed|appears?|appeared|sounds?|sounded)\s+{ADV}"
            r"(?:{PEOPLE}|{LANGUAGE_PEOPLE}|foreign|exotic|ethnic)\b"),
        (C.ORIGIN, "from_country", "{COUNTRIES}",
            r"\b(?:is|'s|was|are|comes?|came|originally|hails?|family is|parents are|moved here|moved"
            r"|immigrated|emigrated|relocated|arrived|fled|escaped)\s+(?:here\s+|over\s+|originally\s+)?"
            r"from\s+(?:{COUNTRIES})\b"),
        (C.ORIGIN, "born_raised", "born raised grew generation",
            r"\b(?:originally from|born in (?!(?:19|20)\d\d)|born and raised|(?:he|she|they|was"
            r"|were) raised in"
            r"|grew up in|born abroad|born overseas)\b|\b(?:first|second|third)[\s-]generation (?:immigrant"
            r"|american|british|canadian|australian|{PEOPLE})"),
        (C.ORIGIN, "first_language", "language tongue",
            r"\b(?:first|native|mother|home) (?:language|tongue)\b|\b(?:{LANGUAGES}) (?:is|was)(?:n't| not)"
            r" (?:his|her|their) (?:first|native|main)\b"),
        (C.ORIGIN, "native_speaker", "native natively speaker speakers nonnative",
            r"\bnative[\s-]+speakers?\b(?!\s+of\s+(?!(?:{LANGUAGES})\b)\w)|\bnative (?:{LANGUAGES})\b"
            r"|\bnon[\s-]?native\b|\bspeaks? (?:{LANGUAGES}) (?:natively|at home|with (?:his|her|their) "
            r"(?:family|parents))\b"),
        (C.ORIGIN, "race", "race races", r"\b(?:his|her|their|of (?:a|another|different|any)) race\b"
            r"|\b(?:mixed|different|other) races\b"),
        (C.ORIGIN, "heritage",
            "heritage descent roots ancestry origin origins background extraction blood",
            r"\b(?:{PEOPLE}|{LANGUAGE_PEOPLE}|jewish|ethnic|immigrant|cultural|family|foreign"
            r"|mixed|minority) (?:heritage|descent|roots|ancestry|origins?|background|extraction|blood)\b"
            r"|\bof (?:{PEOPLE}|{LANGUAGE_PEOPLE_AND_POLISH}|mixed|jewish|\w+ian|\w+ese|\w+ish) (?:descent"
            r"|heritage|ancestry|extraction)\b"),
        (C.ORIGIN, "foreign",
            "foreign",
            r"\bforeign\b(?!\s*(?:keys?|exchange|currenc\w*|languages?|policy|affairs"
            r"|markets?|direct|investment|ministry|office|trade|aid|subsidiar\w*|entit\w*|functions?"
            r"|interface|ownership|clients?|customers?|tax\w*|transactions?|payments?|data))"),
        (C.ORIGIN, "minority",
            "minority minorities diversity",
            r"\b(?:ethnic|racial|visible|religious) minorit\w*|\bdiversity hire\b"
            r"|\b(?:add|adds|bring|brings|help with|improve|helps?) (?:some |more |our )?diversity\b"),
        # --- sex and gender ------------------------------------------------------------------------
        (C.SEX, "man",
            "man men",
            r"\b(?:a|as a|for a|being a|the only|only|young|old|other|more|fewer|all|ten|two"
            r"|three|\d+|of|typical|real|strong|male|nice|big|another|is a|he's a) (?:man|men)\b"
            r"(?![\s-](?:hours?|days?|months?|years?|pages?|in[\s-]the[\s-]middle))"),
        (C.SEX, "male",
            "male males",
            r"\bmales?\b(?![\s-](?:connectors?|plugs?|ports?|ends?|threads?|adapters?|headers?"
            r"|pins?|jacks?))"),
        (C.SEX, "looks",
            "pretty attractive hot cute gorgeous beautiful sexy stunning looking eyes candy look",
            r"\b(?:she's|she is|he's|he is|very|quite|really|so|rather) (?:pretty|attractive|hot|cute"
            r"|gorgeous|beautiful|sexy|stunning|good looking)\b(?=\s*(?:[.,;:!?)]|$|and\b|but\b|too\b|girl"
            r"|woman|face|guy|lady))|\b(?:pretty|attractive|cute|hot|beautiful|gorgeous|sexy|stunning)"
            r" (?:girl|woman|lady|guy|man|face|one|blonde|brunette|young)\b"
            r"|\b(?:easy on the eyes|eye candy|nice to look at)\b"),
        (C.SEX, "a_man_would",
            "guy bloke dude gal lady woman man",
            r"\b(?:a|as a|for a|another) (?:guy|bloke|dude|gal|lady|woman|man)\b(?= (?:would|might|could"
            r"|will|is better|fits|suits|in this role|for this role|on this team))"),
        (C.SEX, "for_a_gender",
            "girl woman lady guy man female male",
            r"\bfor (?:a|the) (?:girl|woman|lady|guy|man|female|male)\b"),
        # --- sexual orientation and gender identity ----------------------------------------------
        (C.ORIENTATION, "trans",
            "trans transwoman transwomen transman transmen",
            r"\btrans\b(?![\s-]*(?:atlantic|pacific|action|actions|fat|european|national"
            r"|siberian|continental))|\btrans(?:woman|women|man|men)\b"),
        (C.ORIENTATION, "transition", "transition transitioned",
            r"\b(?:his|her|their|gender|medical|social) transition\b|\b(?:has |had |recently |she |he "
            r"|they |who |after (?:she|he|they) )?transitioned\b(?!\s+(?:from|to|into|between|away|over|out"
            r"|off|our|the|their|his|her|its|an|a(?! (?:few|couple|year|while|decade|long time))|services"
            r"|teams?|roles?|careers?|back|onto|across|smoothly"
            r"|well|successfully|fully|jobs?|industries|fields))"),
        (C.ORIENTATION, "pronouns",
            "they them her him zir xem",
            r"\b(?:they/them|she/they|he/they|ze/zir|xe/xem|she/her|he/him)\b"),
        (C.ORIENTATION, "same_sex_partner",
            "husband husbands boyfriend boyfriends wife wives girlfriend girlfriends",
            r"\bhis (?:husband|boyfriend)s?\b|\bher (?:wife|wives|girlfriend)s?\b"),
        (C.ORIENTATION, "straight_bi", "straight bi gay",
            r"\b(?:he's|she's|he is|she is|they're|not|isn't|probably|openly|definitely) (?:straight|bi"
            r"|gay)\b"
            r"(?=\s*(?:[.,;:!?)]|$|and\b|but\b|or\b))"),
        (C.ORIENTATION, "pride", "pride", r"\bpride (?:parade|march|month|flag|event|festival|network)\b"),
        # Not "came out as the strongest": only coming out to people, or at the end of a clause.
        (C.ORIENTATION, "came_out",
            "came come coming comes",
            r"\b(?:came|coming|come|comes) out to (?:his|her|their) (?:family"
            r"|parents|team|colleagues|manager)\b|\b(?:he|she|they|recently|openly) came out\b"
            r"(?=\s*(?:[.,;:!?)]|$|last|recently|at work))"),
        # --- scores and ratings -------------------------------------------------------------------
        (C.SCORE, "out_of", "out",
            r"\b{SCORE_NUM} out of (?:4|5|10|100|four|five|ten|a hundred)\b"
            r"(?=\s*(?:$|[.,;:!?)(-]|on\b|for\b|in\b|from\b|overall|stars?|points?|and\b|but\b|by\b))"),
        (C.SCORE, "scored", "scored scores scoring score",
            r"\bscor(?:ed|es|ing|e)\s*(?:a |an |only |just |around |about |:|=|-|of|was|is|were)*\s*"
            r"\d+(?:\.\d+)?(?!\s*(?:%|auc|f1|accuracy|precision|recall|ms|points? (?:higher|lower)"
            r"|bleu|rouge|map|ndcg|rmse|mae|r2|on (?:the )?(?:lighthouse|benchmark)))"),
        (C.SCORE, "rated", "rated rate rating",
            r"\brated\s+(?:him|her|them|the candidate)\s+(?:a |an |as a |at |at a )?{SCORE_NUM}\b"
            r"|\brat(?:ed|e|ing)\s*(?:a |an |as a |at |at a |:)\s*\d(?:\.\d)?\b(?!\s*(?:%|x|times"
            r"|on (?:the )?(?:app|play) store|stars? on))|\b(?:his|her|their|overall|final"
            r"|interview) rating\b"
            r"|\brating\s*(?:of|:|=|-)\s*\d"),
        (C.SCORE, "got_a_number", "#digit",
            r"\b(?:got|gets|earned|received|had|put (?:him|her|them) at|puts (?:him|her|them) at"
            r"|putting (?:him|her|them) at|'d put (?:him|her|them) at|would put (?:him|her"
            r"|them) at) (?:a |an )"
            r"(?:solid |low |high |strong |weak |clear |borderline )?\d(?:\.\d)?\b(?!\s*(?:%|x\b|-))"
            r"(?=\s*(?:on|in|for|from|overall|out of|/|across|[.,;:!?)]|$))"),
        (C.SCORE, "gave_a_number", "gave give giving given put puts putting got gets getting",
            r"\b(?:gave|give|giving|given|put|puts|putting|got|gets|getting) (?:him|her|them) (?:a |an )?"
            r"(?:solid |strong |weak |low |high |only |just |)(?:\d(?:\.\d)?|one|two|three|four|five|six"
            r"|seven|eight|nine|ten)\b(?! (?:examples?|reasons?|minutes?|hours?|days?|weeks?|tries|hints?"
            r"|chances?|options?|questions?|problems?|tasks?))"),
        (C.SCORE, "stars",
            "star stars point points mark marks",
            r"\b(?:\d(?:\.5)?|one|two|three|four|five)[\s-]stars?\b(?! (?:hotel|restaurant))"
            r"|\b(?:gave|give|got|gets|earned|scored|lost) (?:\w+ )?(?:\d|one|two|three|four|five|ten)"
            r" (?:points?|marks?)\b"),
        (C.SCORE, "label_number", "#digit",
            r"\b(?:overall|rating|grade|mark|verdict|technical|communication|coding|culture|design"
            r"|behaviou?ral|leadership|problem solving|system design|borderline|recommendation|decision"
            r"|level|tier|signal|assessment|evaluation|result|outcome|summary|panel|hm|round \d"
            r"|interviewer \d|average|mean|aggregate|total)(?:\s+(?:average|mean|score|rating|total"
            r"|grade))?\s*[:=]\s*"
            r"\d(?:\.\d)?\b(?!\s*(?:years?|yrs|%|ms|s\b|k\b|min|hours?|weeks?|days?|months?|people"
            r"|engineers"
            r"|services|/\d+ ))"),
        (C.SCORE, "bar",
            "bar hire yes no unanimous split mixed lean leaning",
            r"\b(?:above|below|under|over|meets?|met|clear(?:s|ed)?) the (?:hiring )?bar\b"
            r"|\bhire\s*/\s*no[\s-]hire\b|\b(?:strong|weak|soft|lean|leaning|clear"
            r"|definite)[\s-]+(?:no[\s-]+)?"
            r"hire\b|\b(?:unanimous|split|mixed) (?:yes|no|hire|no hire|decision|vote|panel|verdict)\b"
            r"|\b(?:would|wouldn't|would not|will|won't) hire\b(?! (?:more|again|a |an |someone))"
            r"|\b(?:strong|weak|soft|lean|leaning) (?:yes|no)\b(?=\s*(?:[.,;:!?)]|$|from|for))"),
        # --- comparison with other candidates -----------------------------------------------------
        # Not "screened 200 candidates a week" (a recruiter's job) nor "a hackathon finalist".
        (C.COMPARISON, "other_candidates",
            "candidate candidates finalist finalists applicant applicants interviewee interviewees "
            "contender contenders",
            r"\b(?:another|other|others|the other|rest of the|remaining|stronger|weaker|better|best|top"
            r"|strongest|weakest|internal|external|previous|next|second|first|final|alternative"
            r"|preferred|backup|competing|successful|chosen|selected|winning|leading|other two|other three"
            r") (?:candidates?|finalists?|applicants?|interviewees?|contenders?)\b"
            r"|\b(?:the|our|both|all the|all|other|two|three|four|five|six|\d) (?:\w+ )?finalists\b"),
        (C.COMPARISON, "the_others",
            "other remaining rest candidates applicants finalists people top best strongest weakest worst "
            "better weaker stronger second",
            r"\b(?:than|of|to|vs\.?|versus|compared to|ahead of|behind|above|below|over|with|like)"
            r" (?:the |all the |any of the )?(?:other|remaining|rest of the)\s+(?:\d+|two|three|four"
            r"|five|six"
            r"|seven|eight|nine|ten|ones|people|folks|applicants?|finalists?|candidates?|interviewees?)\b"
            r"|\bthe remaining (?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b(?! (?:minutes|days"
            r"|weeks|items|tickets|tasks|bugs|issues|services))"
            r"|\b(?:\d+|two|three|four|five|six|several|many|few|other) (?:good|strong|great|solid"
            r"|excellent"
            r"|weak|weaker|stronger|better|promising|internal|external|shortlisted|final) (?:candidates"
            r"|applicants|finalists|profiles|people)\b"
            r"|\btop (?:\d|two|three|four|five|ten)\b(?= so far| of (?:the|our|all)| in (?:the|our) "
            r"(?:pool|pipeline|process|search)|\s*[.,;:!?)]|$)"
            r"|\b(?:best|strongest|weakest|worst|better|weaker|stronger)\b[\w\s'-]{0,40}?\b(?:so far"
            r"|this (?:week|round|month|quarter|year|cycle|search)|for this role"
            r"|(?:we've|we have|i've|i have) (?:seen|had|heard|interviewed|met)"
            r"|in the (?:pool|pipeline|process))\b"
            r"|\b(?:a )?(?:close|distant|strong) second\b"),
        (C.COMPARISON, "we_went_with",
            "went go going chose choose picked pick selected select prefer preferred hired hire offered "
            "offer moved move moving proceed proceeded proceeding",
            r"\b(?:we|they|i|the team|the panel|the hiring manager|hm|we've|we have|we'll|we will|we're"
            r"|decided to|going to)\s+(?:went|go|going|chose|choose|picked|pick|selected|select"
            r"|prefer(?:red)?|hired|hire|offered|offer|moved|move|moving|proceed(?:ed|ing)?|decided to go)"
            r"\s+(?:forward\s+)?(?:with\s+)?(?:someone|somebody|another|the other|a different|(?:the "
            r"|an? )?internal"
            r"|(?:the |an? )?external|a stronger|a more|other)\b"),
        (C.COMPARISON, "ranking",
            "ranking rankings rank came candidate applicant person one top",
            r"\b(?:our|the|my|in the|final|stack) (?:ranking|rankings|stack rank\w*)\b"
            r"|\bcame (?:first|second|third|last)\b(?! (?:time|round|place in (?:a|the) hackathon))"
            r"|\bthe (?:candidate|applicant|person|one|guy|woman|man) (?:we|i) (?:saw|met|interviewed|had"
            r"|spoke to|spoke with)\b"
            r"|\b(?:near|close to|at) the top of (?:our|the) (?:final )?"
            r"(?:group|shortlist|pool|candidates|list)\b"),
        (C.COMPARISON, "decision_for_another", "decision",
            r"\bdecision\s*:\s*(?:going|go|went|moving forward|proceeding|offer(?:ing)?|hire|hiring|hired)"
            r" (?:with |to )?(?!him\b|her\b|them\b|the candidate\b)[a-z]+"),
        (C.COMPARISON, "someone_else", "someone went go going",
            r"\bsomeone else\b(?=\s*(?:[.,;:!?)]|$|instead|for (?:the|this) role))|\bsomeone (?:with more"
            r"|stronger|more senior|more experienced|better)|\b(?:went|go"
            r"|going) with (?:[a-z]+ )?instead\b"),
        (C.COMPARISON, "ranked", "ranked first second third fourth fifth last",
            r"\branked (?:\w+ )?(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th)?|#\s?\d|top"
            r"|bottom|lowest|highest|below|above|behind|ahead)\b|\b(?:came|placed|finished|ranks?|is|was"
            r"|she's|he's)\s+(?:first|second|third|fourth|fifth|last)\s+(?:out\s+)?of\s+(?:the\s+)?(?:\d+"
            r"|two|three|four|five|six|seven|eight|nine|ten)\b"),
        (C.COMPARISON, "compared_to_others", "others remaining pool field finalist finalists rest",
            r"\b(?:compared (?:to|with)|vs\.?|versus|relative to|next to|than) (?:the )?(?:others|remaining"
            r" (?:candidates|ones)|pool|field|finalists?|rest\b(?! of (?:the )?(?:code|codebase|system|team"
            r"|org|company|stack|app|world|industry|market)))"),
        # "one of our top two candidates": a rank, even when meant as praise.
        (C.COMPARISON, "top_n", "top",
            r"\b(?:one of )?(?:our|the|my) top (?:two|three|four|five|2|3|4|5)\b(?! (?:priorities|"
            r"reasons|features|tips|mistakes|risks|issues|bugs|customers|accounts|clients))"),
        (C.COMPARISON, "choice", "choice option pick candidate bet",
            r"\b(?:our|my|the team's|the panel's) (?:top|first|second|third|preferred|backup|best"
            r"|number one"
            r"|no\.? 1|#1) (?:choice|option|pick|candidate|bet)\b|\b(?:the |a |as )?(?:backup|fallback)"
            r" (?:option|candidate|choice)\b(?=\s*(?:if|in case|should|[.,;]|$))"),
        (C.COMPARISON, "best_seen", "seen interviewed met had pool",
            r"\b(?:best|strongest|weakest|worst|better|weaker|stronger) (?:\w+ )?(?:we've|we have|i've"
            r"|i have|we) (?:seen|interviewed|met|had)\b"
            # The candidates as a pool, not a swimming pool's deck or logs.
            r"|\bthe (?:candidate |applicant |talent )pool\b|\bthe pool\b(?= (?:so far|this (?:round|time"
            r"|week"
            r"|year)|of (?:candidates|applicants)|we've seen|we have seen|we saw))|\brest of the pool\b"
            r"|\b(?:best|strongest|top|weakest|worst) in the pool\b"),
        # --- compensation -------------------------------------------------------------------------
        (C.COMPENSATION, "money_k", "#digit",
            r"\b(?:asking|asks|ask|asked|expects?|expecting|expected|wants?|wanting|earns?|earning|earned"
            r"|makes?|making|paid|paying|pay|offer(?:ed|ing)?|currently on|currently at|up to|go to"
            r"|around|target|requirement|expectations?|base|salary|package|range|budget|comp|at)\b"
            r"[^.;\n]{0,20}?{MONEY_K}|{MONEY_K}\s*(?:base|salary|ote|total|tc|package|per (?:year|annum)"
            r"|a year|/\s?y(?:ea)?r|p\.?a\.?|gross|net|all-in|plus|\+)\b"),
        (C.COMPENSATION, "range_figures", "range band expectations expectation",
            r"\b(?:range|band|expectations?)\b[^.;\n]{0,20}?\b\d{2,3}(?:[.,]\d)?\s?k?\s?(?:-|–|to)\s?"
            r"\d{2,3}(?:[.,]\d)?\s?k?\b(?!\s*(?:ms|s\b|seconds?|%|users?|requests?|rps|items?|rows?"
            r"|people|engineers?|years?|months?|days?|weeks?|hours?))"),
        (C.COMPENSATION, "budget", "budget band range",
            r"\b(?:our|the|my) budget (?:we (?:have|had)|for (?:this|the) (?:role|position|hire|job)|is|was"
            r"|for (?:him|her|them))\b|\b(?:above|over|outside|within|beyond|exceeds?|blow|blows|stretch"
            r"|fits?|out of|top of|bottom of) (?:our|the|my) (?:budget|band|range|comp range"
            r"|salary range)\b"
            r"|\bbudget (?:for|of) (?:the|this) (?:role|position|hire|job|headcount)\b"
            r"|\b(?:headcount|hiring|salary|comp|people) budget\b"),
        (C.COMPENSATION, "headcount",
            "headcount budget freeze approval sign signoff",
            r"\b(?:headcount|budget approval|hiring budget|hiring freeze"
            r"|req approval|budget sign-?off)\b|\b(?:finance|the board|ceo|cfo|budget)\s+(?:signs? off"
            r"|sign-off|approval|approves?|needs to approve|has to approve)\b|\b(?:ceo|cfo|finance|board)"
            r" sign-?off\b"),
        (C.COMPENSATION, "expensive",
            "expensive pricey costly cheap",
            r"\b(?:too|very|quite|bit|a bit|rather|really|pretty|so) (?:expensive"
            r"|pricey|costly|cheap)\b(?! (?:queries|query|operations?|calls?|joins?|computations?))"),
        (C.COMPENSATION, "band",
            "band",
            r"\b(?:our|the|pay|salary|comp|compensation|his|her|level|grade|senior"
            r"|top) band\b"),
        # "bonus" in notes is pay, except "bonus points", "as a bonus", "bonus question".
        (C.COMPENSATION, "bonus",
            "bonus bonuses",
            r"\bbonus(?:es)?\b(?!\s*(?:points?|questions?|rounds?|features?|tracks?"
            r"|tasks?|levels?|material|content|exercises?|challenges?|:))"),
        (C.COMPENSATION, "equity",
            "equity",
            r"\b(?:wants?|asking for|ask(?:ed|s)? for|expects?|expecting|needs?|more"
            r"|some|his|her|no|an?|and|with|plus|for) equity\b(?! (?:research|markets?|analysts?|fund"
            r"|investors?|derivatives?|trading|desk|and inclusion|& inclusion|release))"),
        (C.COMPENSATION, "raise",
            "raise",
            r"\b(?:a|pay|salary|big|annual|get a|got a|wants a|asked for a) raise\b"),
        (C.COMPENSATION, "pay",
            "pay salary comp",
            r"\b(?:take|took|taking|accept|accepted|get|got|getting) (?:a )?(?:pay|salary)"
            r" (?:cut|rise|raise|increase|bump)\b|\b(?:current|expected|desired|target) (?:pay|comp)\b"
            r"|\b(?:his|her|their) (?:pay|comp)\b|\bcomp expectations\b"),
        (C.COMPENSATION, "offers",
            "offer offers counter counteroffer",
            r"\b(?:competing|counter|other|another|better|higher|lower|rival"
            r"|external|outside) offers?\b|\boffer (?:of|at) (?:[$€£]|\d)"),
        # --- judgements of character --------------------------------------------------------------
        (C.CHARACTER, "idiom",
            "grafter salt earth",
            r"\b(?:proper|real|hard|a) grafter\b|\bsalt of the earth\b"),
        (C.SEX, "typical_gender",
            "typical",
            r"\btypical (?:guy|man|male|woman|female|girl|bloke|lad|dude|bro)\b"),
        (C.SEX, "among_men",
            "lads guys boys male-dominated all-male",
            r"\b(?:she|her)\b[^.;\n]{0,40}?\b(?:the lads|the guys|the boys|a man's world"
            r"|male-dominated|all-male)\b"),
        (C.ORIENTATION, "bi_alone",
            "bi",
            r"{START}bi\b(?=\s*(?:[,;.:!?)]|$|and\b|but\b|guy|woman|man|person))"),
        (C.AGE, "decades_of_experience",
            "#digit",
            r"\b(?:2[5-9]|[3-5]\d)\+?\s?(?:years?|yrs?)\s(?:of\s)?(?:experience|exp|in (?:the )?"
            r"(?:industry|field|trade|business))\b"),
        (C.COMPARISON, "waiting_on_another",
            "wait waiting hold",
            r"\b(?:wait|waiting|hold) (?:on|for|until) (?:\w+'s|the other|another) (?:\w+ )?(?:loop"
            r"|interviews?|onsite|final|panel|round|debrief|offer|decision)\b"),
        (C.PERSONAL_DATA, "profile_url",
            "linkedin",
            r"\blinkedin\.com/in/\S+"),
        (C.PERSONAL_DATA, "ni_number",
            "#digit",
            r"\b(?:ni|national insurance|nino)(?: number| no\.?)?\W{0,3}[a-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}"
            r"\s?[a-d]\b|\b[a-z]{2}\d{6}[a-d]\b"),
        (C.CHARACTER, "lazy",
            "lazy",
            r"\blazy\b(?![\s-]+(?:load\w*|evaluat\w*|init\w*|instantiat\w*|import\w*"
            r"|sequences?|val|fetch\w*|iterators?|propert\w*|attributes?|eval|compil\w*|binding))"),
        (C.CHARACTER, "rude", "rude unprofessional", r"\brude\b(?! awakening)|\bunprofessional\b"),
        (C.CHARACTER, "dumb",
            "stupid dumb",
            r"\b(?:stupid|dumb)\b(?![\s-]+(?:terminals?|simple|phones?|pipes?|components?"
            r"|mistakes?|questions?|bugs?))"),
        (C.CHARACTER, "entitled", "entitled", r"\bentitled\b(?! to)"),
        (C.CHARACTER, "vibe",
            "weird odd strange off creepy bad negative funny uneasy arrogant toxic cold shady vibe vibes",
            r"\b(?:weird|odd|strange|off|creepy|bad|negative|funny|uneasy|arrogant|toxic"
            r"|cold|shady)\s+(?:vibes?|feeling about (?:him|her|them)|energy|aura|guy|person|character"
            r"|dude|fellow|personality|type)\b|\b(?:didn't|did not|don't) (?:like|love) (?:the|his|her"
            r"|their) vibe\b"),
        (C.CHARACTER, "kind_of_person",
            "awkward odd strange weird difficult annoying rude unpleasant cold boring dull nerdy geeky "
            "needy fake nasty grumpy miserable lame sketchy",
            r"\b(?:awkward|odd|strange|weird|difficult|annoying|rude|unpleasant|cold|boring|dull|nerdy"
            r"|geeky|needy|fake|nasty|grumpy|miserable|lame|sketchy)\s+(?:guy|person|man|woman|girl"
            r"|character"
            r"|personality|individual|type|dude|fellow|chap|bloke)\b"),
        (C.CHARACTER, "is_adjective",
            "difficult arrogant rude abrasive annoying cold aloof fake weird odd strange boring dull "
            "unpleasant stubborn pushy aggressive emotional defensive dishonest sneaky shifty immature "
            "childish lame dim thick hard pain jerk idiot diva sloppy selfish manipulative passive mean "
            "nasty creepy full quiet shy timid lazy uptight needy hostile toxic mediocre unmotivated "
            "bright smart sharp likeable likable nice friendly pleasant trustworthy",
            r"(?:\b{SUBJ}\s+{BE}|\b(?:he's|she's|they're)|{START}{ADV}{SEEM}|\bcomes? across as"
            r"|\bcame across"
            r" as)\s+{ADV}(?:difficult(?! to)|arrogant|rude|abrasive|annoying|cold|aloof|fake|weird|odd"
            r"|strange"
            r"|boring|dull|unpleasant|stubborn|pushy|aggressive|emotional|defensive|dishonest|sneaky"
            r"|shifty|immature|childish|lame|dim|thick|hard to like|hard to work with|a pain|a jerk"
            r"|an idiot|a diva|sloppy|selfish|manipulative|passive[\s-]aggressive|mean|nasty|creepy"
            r"|full of (?:himself|herself|themselves)|too quiet|too shy|shy|timid|lazy|uptight|needy"
            r"|hostile|toxic|mediocre|unmotivated|not (?:very )?(?:bright|smart|sharp|likeable|likable"
            r"|nice|friendly|pleasant|trustworthy))\b"),
        (C.CHARACTER, "aggressive",
            "aggressive aggressively",
            r"\baggressive(?:ly)?\b(?![\s-]+(?:caching|cache|timelines?|schedules?"
            r"|deadlines?|pricing|optimi\w+|growth|roadmaps?|approach|targets?|inlining|retr\w+"
            r"|compression|refactor\w*|rollouts?|scaling|marketing|expansion|strateg\w+|prefetch\w*"
            r"|settings?|goals?|plans?|timeouts?|autoscaling|discount\w*|migration|testing))"),
        (C.CHARACTER, "emotional",
            "emotional",
            r"\b(?:too|very|bit|a bit|quite|overly|so|rather|pretty|highly|got|gets"
            r"|getting|seemed|seems|is|was|being|typically|super) emotional\b"),
        (C.CHARACTER, "beer",
            "beer drink pint coffee lunch",
            r"\b(?:grab|have|get|share|go for|want to have|drink)\s+(?:a\s+)?(?:beer|drink"
            r"|pint|coffee|lunch)s?\s+with\s+(?:him|her|them)\b"),
        (C.CHARACTER, "dislike",
            "like stand trust likeable likable want rubbed",
            r"\b(?:didn't|did not|don't|do not|couldn't|can't|cannot|wouldn't) (?:really"
            r" )?(?:like|stand|trust) (?:him|her|them|this guy|this person)\b|\bnot (?:very )?(?:likeable"
            r"|likable|trustworthy)\b|\b(?:wouldn't|would not|won't|don't|do not) want (?:to work with|him"
            r"|her|them) (?:him|her|them|on)\b|\brubbed (?:me|us|everyone) the wrong way\b"),
        (C.CHARACTER, "what_a",
            "snake snakes diva nightmare jerk idiot pain princess prima clown tool weasel bully brat "
            "slacker loser cowboy hothead know bulldozer pushover wet downer control drama liability snob "
            "creep charmer show egomaniac",
            r"\b(?:bit of an?|a bit of an?|total|such an?|kind of an?|sort of an?|real|complete|absolute"
            r"|typical)\s+(?:snake|diva|nightmare|jerk|idiot|pain|princess|prima donna|clown|tool|weasel"
            r"|bully|brat|slacker|loser|cowboy|hothead|know-it-all|bulldozer|pushover|wet blanket|downer"
            r"|control freak|drama queen|liability|snob|creep|charmer|show-off|egomaniac)\b"
            r"|\ba (?:nightmare|pain) to (?:work with|interview|deal with|manage|talk to|be around)\b"
            r"|\b(?:a |the )?snakes?\b(?= in the grass|\s*[.,;:!?)]|$)"),
        (C.CHARACTER, "immature",
            "immature",
            r"\bimmature\b(?! (?:tooling|tools|ecosystem|technology|tech|market"
            r"|markets|product|codebase|process\w*|librar\w+|framework|stack|platform|api|field|industry"
            r"|data))"),
        (C.CHARACTER, "lying", "lied lying lies", r"\b(?:lied|lying|lies) (?:about|to)\b"),
        (C.CHARACTER, "culture",
            "fit match",
            r"\b(?:not a|no|poor|bad|weak|wrong|questionable|not the right|isn't a"
            r"|lacks?|great|good) (?:culture|cultural|team|personality) (?:fit|match)\b"),
        # --- personal data ------------------------------------------------------------------------
        (C.PERSONAL_DATA, "lives_at",
            "lives living resides residing staying address phone number mobile email mail",
            r"\b(?:lives|living|resides|residing|staying) (?:at|on) \d"
            r"|\b(?:home|personal|private) (?:address|phone|number|mobile|email|e-mail)\b|\baddress is\b"),
        # --- instructions aimed at the model ------------------------------------------------------
        (C.INSTRUCTION, "ignore_instructions", "ignore disregard forget follow",
            r"\b(?:ignore|disregard|forget|do not follow|don't follow)\s+"
            r"(?:all\s+|any\s+|the\s+|your\s+|these\s+|those\s+|my\s+|of\s+)*(?:(?:previous|prior|above"
            r"|earlier|preceding|other|original|system|existing|given|following|former|initial)\s+)*"
            r"(?:instructions?|prompts?|rules|guidelines|directions|decision|context|constraints|messages?"
            r"|everything|the above|what you were told|rejection|verdict|outcome|notes above)\b"),
        (C.INSTRUCTION, "imperative_that", "add say write mention state include tell let make",
            r"{START}(?:please |and )?(?:add|say|write|mention|state|include|tell (?:him|her|them"
            r"|the candidate)"
            r"|let (?:him|her|them|the candidate) know|make it clear)\s+(?:in the (?:email|e-mail|draft"
            r"|reply)"
            r"\s+)?that\b|\bwrite (?:an?|the) (?:offer|acceptance|hiring|welcome) (?:letter|email"
            r"|e-mail)\b"),
        (C.INSTRUCTION, "addressing_the_model",
            "ai assistant model llm chatgpt gpt claude bot system writer copilot",
            r"{START}(?:hey |dear |note to (?:the )?)?(?:ai|assistant|ai assistant|model|llm|chatgpt|gpt"
            r"|claude"
            r"|bot|system|writer|copilot)\s*[:,]\s*(?:you|ignore|disregard|forget|write|say|tell|include"
            r"|add"
            r"|mention|state|offer|approve|reject|hire|make|change|do not|don't|always|never|act|pretend"
            r"|from now|please)"),
        (C.INSTRUCTION, "note_for_the_model",
            "note message instruction instructions reminder ai assistant model llm bot reject hire "
            "approve decline accept fail pass say write claim pretend state",
            r"\b(?:note|message|instructions?|reminder) (?:for|to) (?:the )?(?:ai|model|assistant|llm|bot"
            r"|chatbot|writer|email writer|gpt|chatgpt)\b|\b(?:the|you,?) (?:ai|assistant|model|llm"
            r"|language model|bot) (?:must|should|will|has to|needs to|is to|writing|drafting"
            r"|that writes)\b"
            r"|{START}(?:assistant|ai assistant|llm|chatgpt|gpt|claude|model|bot)\s*:"
            r"|{START}(?:please |just |and )?(?:reject|hire|approve|decline|accept|fail|pass) (?:him|her"
            r"|them)\b"
            r"|{START}(?:please |just |and )?(?:say|write|claim|pretend|state) (?:that |we |he |she |they "
            r"|it |you )"),
        (C.INSTRUCTION, "role_play", "now mode act pretend instructions instruction",
            r"\byou are now (?:an? )?(?:dan|chatgpt|gpt|in developer mode|unrestricted|jailbroken|free of"
            r"|no longer bound|(?:ai|assistant|model|bot) (?:that|who|with))|\b(?:developer|jailbreak|dan"
            r"|god|admin) mode\b|(?:{START}|\byou (?:will |must |should |shall )?|\bnow )act as (?:an?|the"
            r"|my) \w+|\bpretend (?:to be|you are|you're)\b|{START}from now on,? (?:you|always|never"
            r"|write|say|ignore)|\bnew instructions?\s*:"),
        (C.INSTRUCTION, "write_that_hired",
            "write say state tell mention confirm announce inform let put add include make",
            r"\b(?:write|say|state|tell (?:him|her|them|the candidate)|mention|confirm|announce|inform"
            r" (?:him|her|them|the candidate)|let (?:him|her|them|the candidate) know|put|add|include"
            r"|make sure (?:the email|you|to)[\w\s]{0,20}?|make it clear)\s+(?:that\s+)?(?:he|she|they"
            r"|the candidate|(?!you\b|we\b|i\b|it\b|us\b)[a-z]+)\s*(?:already |now |officially )?(?:is"
            r"|are|was|has been"
            r"|have been|got|gets|will get|will be|'s|'re|has|have)\s+(?:already\s+"
            r"|now\s+)?(?:been\s+)?(?:hired|accepted|selected|offered|approved|the job|the role"
            r"|an offer|moving forward|successful|our top|our first|in|through|passed|getting)\b"),
        # Commitments passed to the email: "tell the candidate the salary is 90k". Not "tell him
        # we'll have an answer by Friday", which is the next step, not a promise.
        (C.INSTRUCTION, "tell_them_a_promise",
            "tell",
            r"\btell (?:him|her|them|the candidate)\b[^.\n]{0,40}?\b(?:salary|pay|offer|package|hired"
            r"|the job|the role|start date|starts? (?:on|monday|tuesday|wednesday|thursday|friday|next)"
            r"|bonus|equity|\d+k\b)"),
        (C.INSTRUCTION, "offer_the_job", "offer give mark treat consider list decision",
            r"\b(?:offer|give)\s+(?:him|her|them|the candidate)\s+(?:the|a)\s+(?:job|role|position|offer"
            r"|contract)\b|\b(?:mark|treat|consider|list)\s+(?:him|her|them|the candidate)\s+as\s+"
            r"(?:hired|accepted|approved|selected)\b|\b(?:change|override|reverse|flip) the decision\b"),
        (C.INSTRUCTION, "include_this", "include add insert put use mention paste append",
            r"\b(?:include|add|insert|put|use|mention|paste|append)\s+(?:this|the following|my|his|her"
            r"|these"
            r"|that)\s+(?:phone number|number|link|url|address|email address|email|contact|details|text"
            r"|sentence|paragraph|line|signature|code|discount|coupon|salary|amount)\b"),
        (C.INSTRUCTION, "about_the_email", "write writing reply response email draft letter message sure",
            r"\b(?:when you write|when writing|while writing|in your (?:reply|response|email|draft)|in the"
            r" (?:email|e-mail|draft|letter|reply|response|message) (?:to (?:him|her|them) )?(?:say"
            r"|write|tell"
            r"|mention|include|state|add|,))|\bmake sure (?:the (?:email|draft|reply|letter|message)|you"
            r" (?:mention|say|write|tell|state|include))\b"),
        # --- found on the dev halves of blind batches e and f: said without the usual keyword ---
        # A preference between people: "Sam edged it", "I'd take the other one", "best of the bunch".
        (C.COMPARISON, "edged_it", "edged edges edging pipped pips nudged",
            r"\b(?:edged|edges|edging|pipped|pips|nudged) (?:it|him|her|them|out|ahead|past)\b"),
        (C.COMPARISON, "the_other_one", "other",
            r"\b(?:take|pick|choose|prefer|hire|go with|rather have|rather take)\s+the other"
            r"(?: one| guy| woman| man| person| candidate)?\b"
            r"|\bover the other (?:one|guy|woman|man|person)\b"),
        (C.COMPARISON, "best_of_the_n", "best strongest weakest worst",
            r"\b(?:best|strongest|weakest|worst) of the (?:bunch|lot|group|two|three|four|five|batch"
            r"|day)\b"),
        (C.COMPENSATION, "cheaper", "cheaper pricier expensive",
            r"\b(?:he's|she's|they're|is|was|are|comes?|would be) (?:also |much |a lot |way |far |a bit )?"
            r"(?:cheaper|pricier|more expensive|less expensive)\b"),
        # Money as a bare figure or a rise: "Asked for 95.", "Said 45 would do it", "Wants +20 % on current".
        (C.COMPENSATION, "bare_figure", "#digit",
            r"\b(?:asked for|asking for|asks for|wants|wanted|expects|expecting|said|needs|would take)"
            r" (?:around |about |roughly |at least |min\.? )?\d{2,3}k?(?=\s*(?:[.;!]|$|would do|will do"
            r"|to move|to switch|base|minimum|floor))"
            r"|[+]\s?\d{1,2}\s?%\s*(?:on|over|above|more than)\s+(?:current|his current|her current"
            r"|their current|what (?:he|she|they) (?:earns?|makes?|gets?))"
            r"|\b\d{1,2}\s?% (?:more than|above|on top of) (?:current|now|today|what)\b"),
        (C.CHARACTER, "dismissive_aside", "bless typical talk",
            r"\bbless (?:him|her|them|his heart|her heart)\b|\btypical (?:sales|finance|marketing|engineer"
            r"|consultant|banker|recruiter|tech|startup)\s?(?:guy|bro|type|girl|man|woman|person)\b"
            r"|\ball talk\b(?!s)"),
        (C.CHARACTER, "dim", "dim",
            r"\b(?:but|bit|a bit|rather|quite|pretty|fairly|bit of a|a little) dim\b(?!\s*(?:sum|lights?"
            r"|rooms?|screens?))"),
        (C.CHARACTER, "stuck_with", "stuck",
            r"\b(?:wouldn't|would not|don't|do not|never) want to be stuck\b[^.;]{0,40}\bwith (?:him|her"
            r"|them)\b"),
        (C.ORIGIN, "nationality_trait", "{LANGUAGE_PEOPLE}",
            r"{START}(?:{LANGUAGE_PEOPLE})\s*[-,:]\s*(?:super |very |quite |a bit |bit |so |typically )?"
            r"(?:polite|deferential|reserved|quiet|loud|direct|blunt|chatty|emotional|cold|stiff|formal"
            r"|shy|pushy|aggressive|arrogant|lazy|punctual|intense|humble)\b"
            r"|\b(?:chatty|loud|quiet|polite|typical|pushy|emotional|cold|stiff|lazy|fiery|hot-headed"
            r"|reserved|deferential) (?:{LANGUAGE_PEOPLE})\b"),
        (C.ORIGIN, "origin_name", "name",
            r"\b(?:{LANGUAGE_PEOPLE}|arab|arabic|muslim|foreign|ethnic|african|asian|latino|latina|jewish"
            r"|indian)[- ](?:sounding )?name\b"),
        (C.AGE, "near_retirement", "retirement retiring retire",
            r"\b(?:couple of|few|two|three|some) years? (?:off|from|before|short of|to) retir\w*"),
        (C.AGE, "dinosaur_old_school", "dinosaur school",
            r"\b(?:bit of a|a bit of a|real|total|an?) dinosaur\b"
            r"|\b(?:seems?|seemed|is|was|he's|she's|they're|bit|very|quite|rather|pretty|so)"
            r" (?:a bit |a little |very |quite |rather |pretty )?old[- ]school\b"
            r"|\bold[- ]school through and through\b"),
        (C.RELIGION, "sundown", "sundown sunset",
            r"\b(?:after|before|until|at) (?:sundown|sunset)\b"),
        (C.HEALTH, "inhaler_cough", "inhaler inhalers cough coughing",
            r"\binhalers?\b|\b(?:cough|coughing)\b(?! (?:up|drop))"),
        (C.HEALTH, "has_ms", "ms sclerosis",
            r"\b(?:has|have|with|diagnosed with|living with) ms\b(?! (?:office|excel|word|teams|project|sql"
            r"|dynamics|access|azure|in|degree))|\bmultiple sclerosis\b"),
        # A rubric written as "coding 4, comms 2, collaboration 3".
        (C.SCORE, "dimension_scores", "#digit",
            r"\b[a-z]{3,} [1-5](?:/5)?,\s*[a-z]{3,} [1-5](?:/5)?\b"),
        (C.HEALTH, "get_well", "heal heals healing recovery mend ankle knee wrist elbow shoulder hip spine",
            r"\bheals? (?:quickly|soon|well|fast|up)\b|\b(?:speedy|quick|full|fast|swift) recovery\b"
            r"|\bget well soon\b|\bon the mend\b|\b(?:your|his|her|that|the|a|broken|sprained|injured|bad"
            r"|sore|twisted) (?:ankle|knee|wrist|elbow|shoulder|hip|spine)\b"
            # "the shoulder assessment", "the knee case": a physio's work, not the candidate's body.
            r"(?! (?:assessment|exam|examination|case|cases|station|clinic|class|rehab|protocol|model"
            r"|patient|replacement|pathway|ward|test|tests|round|scenario))"),
        (C.FAMILY, "happy_news", "arrival one congratulations",
            r"\b(?:new|little|upcoming|happy) arrival\b|\bthe little one\b|\bcongratulations on (?:the|your)"
            r" (?:baby|pregnancy|news|little one|growing family)\b"),
        (C.CHARACTER, "pleased_with_self", "pleased soloist wolf donna",
            r"\bpleased with (?:your|his|her|their) own\b|\bpleased with (?:yourself|himself|herself)\b"
            r"|\b(?:a|more of a|bit of a) (?:soloist|lone wolf|prima donna)\b"),
        # Against another interviewee: "weaker than yesterday's", "rank him below Monday's candidate".
        (C.COMPARISON, "than_the_other_day", "than below above internal",
            r"\b(?:better|worse|weaker|stronger|sharper|clearer|slower|faster) than (?:the one (?:from|on)"
            r"|yesterday's|this morning's|(?:monday|tuesday|wednesday|thursday|friday)'s|the (?:morning"
            r"|afternoon|first|second|last) one)\b|\brank(?:ed|s)? (?:him|her|them) (?:below|above|behind"
            r"|ahead of)\b|\bgo(?:ing)? with the internal (?:guy|one|woman|man|person|hire)\b"),
        (C.HEALTH, "back_problems", "problems issues trouble pain",
            r"\b(?:back|knee|heart|hip|joint|neck|mental health) (?:problems?|issues?|trouble|pain)\b"),
        (C.SEX, "orders_from_her", "orders",
            r"\b(?:might|may|won't|wouldn't|will not|would not|don't|do not)(?: \w+)? take orders from"
            r" (?:her|a woman|a girl|a lady)\b"),
        (C.FAMILY, "at_home_with", "home twins",
            r"\b(?:a lot|lots|plenty) on at home\b|\bthe twins\b|\bat home with the (?:kids|children|baby"
            r"|little ones?)\b"),
        (C.INSTRUCTION, "have_the_bot", "bot ai assistant model",
            r"\b(?:have|get|let|tell) the (?:bot|ai|assistant|model|llm|tool) (?:to )?(?:add|write|say"
            r"|include|mention|offer|tell|put)\b"),
        (C.PERSONAL_DATA, "social_handle", "insta instagram twitter tiktok handle",
            r"\b(?:insta|instagram|twitter|tiktok|ig|x|handle)\s*:?\s*@[\w.]{2,}"),
        (C.INSTRUCTION, "html_comment_to_model", "=<!--",
            r"<!--[^>]{0,80}\b(?:assistant|ai|model|llm|system|gpt)\b"),
        (C.AGE, "long_in_the_tooth", "tooth", r"\blong in the tooth\b"),
        (C.COMPENSATION, "match_package",
            "package",
            r"\b(?:match|beat|top|better) (?:her|his|their) (?:current |existing |present )?package\b"
            r"|\b(?:her|his|their) (?:current|existing|present|whole|total) package\b"),
        (C.COMPARISON, "final_n",
            "final last top",
            r"\b(?:in|into|made|make|makes|making) (?:the|our|my) (?:final|last|top) (?:\d|two|three"
            r"|four|five)\b"
            # Of people, not "in the last 3 months" or "our top 5 accounts".
            r"(?=\s*(?:[.,;:!?)]|$|-|candidates?|applicants?|people|of (?:the|us|them|our)|for\b|and\b|with"
            r"\b|but\b))"),
        (C.COMPARISON, "on_my_list",
            "list",
            r"\b(?:first|second|third|top|last|number (?:one|two|three|\d)) on (?:(?:my|our) (?:list"
            r"|shortlist)|the shortlist)\b(?!\s+(?:of|for|was|were|is|to)\b)"),
        (C.SEX, "nice_to_have_a_man",
            "guy man men woman women girl girls lad lads bloke female male",
            r"\b(?:nice|good|great|useful|helpful|handy) to have (?:a|another|more|some) (?:guy|man"
            r"|men|woman|women|girl|girls|lad|lads|bloke|female|male)\b"),
        (C.HEALTH, "on_something",
            "something shaking trembling",
            r"\b(?:is|was) (?:he|she|they) on something\b|\bhands? (?:were |was )?(?:shaking"
            r"|trembling)\b"),
        (C.SCORE, "meets_exceeds",
            "meets exceeds below above",
            r"\brated (?:as )?(?:meets|exceeds|partially meets|does not meet|below|above) (?:expectations"
            r"|the bar)\b"
            r"|\b[a-z]+\s*:\s*(?:(?:meets|exceeds|partially meets|does not meet)(?: expectations| the bar"
            r"| bar)?\b|(?:below|above)(?: expectations\b| the bar\b| bar\b|(?=\s*(?:[.,;)]|$))))"),
        (C.FAMILY, "baby_on_the_way",
            "baby one bump",
            r"\b(?:baby|little one|bump) on the way\b|\b(?:arrival|birth) of (?:your|the|her|his|their)"
            r" (?:baby|little one)\b"),
        (C.FAMILY, "custody",
            "custody",
            r"(?<!chain of )\b(?:needs?|for|because of|due to|shared|joint|has|have|her|his|their)"
            r" (?:\w+ )?custody\b(?! (?:suite|sergeant|officers?|records?|cells?|area|desk|experience|work"
            r"|staff|role|duties|visits?|nurse|healthcare|team|unit|centre|environment))"
            # A detention officer's custody is the job.
            r"(?![^.;]*\b(?:officers?|detention|prison|police|cells?|detainees?)\b)"),
        (C.HEALTH, "hope_the_treatment",
            "treatment recovery operation surgery therapy chemo physio",
            r"\b(?:hope|wish|trust) (?:that )?(?:the|your) (?:treatment|recovery|operation|surgery|therapy"
            r"|chemo|physio)\b"),
        (C.AGE, "young_lad",
            "young",
            r"\byoung (?:lad|lads|man|woman|girl|guy|fella|fellow|kid|thing|chap)\b"),
        # Batch o's dev half: classes said without their usual keyword.
        (C.AGE, "retirement_near",
            "retirement retire retiring",
            r"\bretirement (?:(?:perhaps|probably|maybe|possibly) )?(?:not (?:too |that |so )?far (?:away"
            r"|off)"
            r"|around the corner|approaching|in sight|looming|on the horizon)\b|\b(?:close to|near|nearing"
            r"|approaching|coming up to|edging towards) retirement\b|\b(?:about|due|ready|planning) to retire"
            r"\b"),
        (C.SCORE, "short_of_the_pass_mark",
            "short below under above over mark threshold cut-off cutoff bar benchmark",
            r"\b(?:points?|marks?|percent|per cent|%) (?:short of|below|under|above|over|off) (?:the|our)"
            r" (?:pass(?:ing)? mark|threshold|cut-?off|benchmark|target score)\b|\b(?:just |a little |well )?"
            r"short of (?:the|our) pass(?:ing)? mark\b"),
        # The one hired, described: "we've gone with someone who already holds CeMAP".
        (C.COMPARISON, "went_with_someone_who",
            "someone somebody candidate applicant person",
            # Said by us: "we've gone with someone who", not "how you hired someone who".
            r"\b(?:we|we've|we'd|we're|we have|we had|i|i've|i'd|they|they've|the panel|the team|panel"
            r"|team) (?:\w+ ){0,2}?(?:gone|went|going|go|chosen|chose|selected|offered (?:the|this)"
            r" (?:role|position|job) to|appointed|hired) (?:with )?(?:someone|somebody|another candidate"
            r"|another applicant|a candidate|an applicant|a person) (?:whose\b|(?:who|with|that)"
            r" (?:already |just |simply |more )?(?:has|had"
            r"|holds|held|brings|brought|have|is|was|more|greater|stronger|deeper|direct|the|a|an|\w+ed)\b)"),
        (C.SCORE, "percent_on_a_test",
            "test exam assessment quiz task exercise round mark",
            r"\b\d{1,3}(?:[.,]\d)?\s?% (?:on|in|at|for) (?:the|her|his|their|a|our) (?:[\w-]+ ){0,3}(?:test"
            r"|exam"
            r"|assessment|quiz|task|exercise|case study|round)\b|\bpass mark (?:is|was|of) \d"),
        (C.COMPARISON, "take_the_one_over_her",
            "over",
            r"\b(?:take|took|pick|picked|choose|chose|prefer|preferred|rather have|go with|went with|hire"
            r"|hired) (?:[\w'-]+ ){1,4}over (?:her|him|them|the other|this one|that one)\b"),
        (C.COMPARISON, "than_the_lot",
            "lot bunch batch ones one",
            r"\b(?:better|worse|stronger|weaker|sharper) than (?:[\w']+ ){0,2}(?:lot|bunch|batch|ones)\b"
            r"|\bnot as (?:good|strong|sharp|polished) as (?:the|that) (?:one|other|last)\b"),
        (C.COMPENSATION, "get_her_cheap",
            "underpaid cheap cheaper",
            r"\b(?:she|he|they)(?:'s|'re| is| are| was| were) underpaid\b|\bget (?:her|him|them) (?:cheap|for"
            r" less)\b|\bon the cheap\b|\bcheap(?:er)? (?:hire|option|than)\b"),
        (C.COMPENSATION, "budget_at",
            "budget band range ceiling cap",
            # Not "played in a band, toured to 20 countries": a bare "to" is no sum's.
            r"\b(?:budget|band|salary range|pay range|ceiling|cap)\b[^.;\d]{0,25}?(?:frozen |capped |fixed "
            r"|set |approved )?(?:at|of|is|=|:|up to|raised to|increased to|capped to|cut to) ?"
            r"[$€£]?\d{2,3}(?:[.,]\d)?\s?k?\b(?!\s*(?:%|people|staff|"
            r"heads"
            r"|roles|hours|days|weeks|minutes|candidates|users|sites|stores|beds))"),
        (C.FAMILY, "little_one",
            "little one ones",
            r"\b(?:a|her|his|their|two|three) little ones?\b(?!-)(?! (?:of|in) (?:the|our) (?:class|group"
            r"|room))"),
        (C.FAMILY, "expecting",
            "expecting due",
            r"\b(?:visibly|heavily|obviously|clearly|very) (?:expecting|pregnant)\b|\b(?:she|she's|she is)"
            r" (?:\w+ )?expecting(?! (?:a |an |to |the |more|us|feedback|it|that|too|much|questions?|some"
            r"|this|these|those|harder|tougher|an?|any|no|so|less|[\w-]+ (?:questions?|tasks?|rounds?)))\b"
            # "her due date", "due before Christmas"; not a project's "due date of Friday".
            r"|\b(?:her|his|their|the baby's) due date\b|\bdue date (?:is|was|in) (?:early |mid-|late )?"
            r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
            r"|\bdue before (?:christmas|easter|valentine's|summer|the)\b"),
        (C.SEX, "all_blokes",
            "blokes men guys lads women girls ladies male-dominated all-male all-female",
            r"\b(?:all|mostly|only) (?:blokes|men|guys|lads|women|girls|ladies)\b|\ball-(?:male|female)\b"
            r"|\bmale-dominated\b"),
        (C.ORIENTATION, "camp",
            "camp",
            r"\b(?:bit|a bit|very|quite|rather|so|too|really|super) camp\b(?!-)"),
        (C.HEALTH, "needs_to_sit",
            "sit",
            r"\bneeds? to sit(?: down)? (?:a lot|often|regularly|every|after)\b"),
        (C.AGE, "years_left_in_him",
            "left",
            r"\b(?:years?|yrs) (?:has )?(?:he|she|they)(?:'s| has| have)? got left\b|\bgot left in (?:him|her"
            r"|them)\b"),
        (C.AGE, "since_before_it_existed",
            "existed dial-up dial windows decimalisation",
            r"\bsince before (?:[\w&'.-]+ ){1,3}existed\b|\bsince (?:dial-up|the days of dial-up|windows "
            r"(?:95"
            r"|98|3\.1)|decimalisation)\b"),
        (C.ORIGIN, "parents_are",
            "dad mum mom mother father parents grandparents gran grandad family",
            r"\b(?:dad|mum|mom|mother|father|parents|grandparents|gran|grandad|family)(?:'s| is| are|'re)"
            r" (?:originally )?(?:{PEOPLE}|{LANGUAGE_PEOPLE}|from)\b"),
        (C.INSTRUCTION, "to_the_email_bot",
            "bot tool ai assistant writer writes drafts",
            r"\b(?:to|for) the (?:email|e-mail|mail|draft|drafting|writing|reply) (?:bot|tool|ai|assistant"
            r"|writer|generator)\b|\b(?:whatever|whoever|the thing that|the tool that) (?:writes|drafts"
            r"|is writing|is drafting) (?:the|this) (?:email|mail|reply|letter|draft)\b"),
        (C.SCORE, "calibrates_at",
            "calibrate calibrates calibrated calibrating",
            # A grade of the person, not "instruments calibrated at a two point level".
            r"\bcalibrat(?:e|es|ed|ing) (?:him |her |them )?(?:at|as) (?:a |an )?(?:solid |strong |low"
            r" |high |weak |borderline |clear )?(?:(?:assistant|deputy|store|area|team|shift|general|duty"
            r"|department) )?(?:senior|junior|mid|mid-level|staff|lead|principal|manager|supervisor"
            r"|grade \d|band \d|l\d|p\d|e\d|ic\d)\b"),
    ],
    cased_phrases=[
        # A letter grade after what was graded: "Plant test: B", "Overall - C+".
        (C.SCORE, "label_letter_grade",
            "test exercise task assessment trial practical overall grade mark rating presentation",
            r"\b(?:[Tt]est|[Ee]xercise|[Tt]ask|[Aa]ssessment|[Tt]rial|[Pp]ractical|[Oo]verall|[Gg]rade|[Mm]ark"
            r"|[Rr]ating|[Pp]resentation)\s*[:=–-]\s*[A-F][+-]?(?![\w'])"),
        # "Going with Daniel, he's run incident response": another person chosen. Capitals tell a
        # name from "going with the whiteboard format"; the pronoun after tells it from "Postgres".
        (C.COMPARISON, "going_with_name",
            "going went go hiring offering",
            r"\b(?:[Gg]oing|[Ww]ent|[Gg]o|[Hh]iring|[Oo]ffering(?: it)?) (?:with |to )?[A-Z][a-z]+"
            r"(?=,? (?:he|she|they|who|instead|over (?:her|him|them))\b)"),
        (C.ORIGIN, "polish",
            "polish",
            r"\bPolish\b(?=\s*[,;.]|\s+(?:guy|man|woman|girl|lady|candidate|national|citizen"
            r"|background|origin|descent|heritage|roots|family|accent|immigrant))|\b(?:[Hh]e|[Ss]he"
            r"|[Tt]hey)"
            r"(?:'s| is| was| are|'re) Polish\b"),
        (C.PERSONAL_DATA, "street_address",
            "street st avenue ave road rd lane ln boulevard blvd drive dr court ct way place pl square sq "
            "terrace close crescent gardens parkway",
            r"\b\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][A-Za-z'-]+\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?"
            r"|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Court|Ct\.?|Way|Place|Pl\.?|Square|Sq\.?|Terrace"
            r"|Close|Crescent|Gardens|Parkway)(?!\w)"),
    ],
    look_alikes=[
        # Batch v, dev half: an old thing, a client's family, a placed candidate's pay.
        ("year-old years-old",
            r"\b\d+[- ]years?[- ]old (?:[\w-]+ )?(?:roof|building|house|boiler|system|machine|van|truck"
            r"|car|vehicle|bridge|pipe|pipework|tree|barn|property|site|codebase|brand|business|company"
            r"|firm|plant|boat|vessel|engine|kiln|furnace|installation|crane|tram|bus|quarry|mine|shop"
            r"|store|warehouse|estate|structure|wall|floor|window|frame)s?\b"),
        ("daughter son child kid daughter's son's child's kid's",
            r"\b(?:a|the|one|another) (?:parent|mother|father|mum|mom|dad|client|customer|patient|caller"
            r"|family|guardian)\b[^.;]{0,40}\btheir (?:daughter|son|child|kid)'?s?\b"),
        ("salary salaries",
            r"\b(?:salary|pay) negotiations? (?:[\w']+ ){0,3}(?:for|on behalf of) (?:a |the |our |their )?"
            r"(?:placed |client'?s? )?(?:candidate|client|placement)s?\b"),
        # Batch u, dev half: telling staff to ignore an old sheet, passport checks as the job.
        ("ignore",
            r"\b(?:told|tells|asked|reminded|trained|teaches|taught) (?:new starters|staff|the team"
            r"|colleagues"
            r"|trainees|new staff|them|the crew) to ignore\b"),
        ("passport visa",
            r"\b(?:did|does|doing|ran|runs|handled|handles|carried out|performs?"
            r"|performed) (?:the )?(?:passport"
            r"|visa|id|right[- ]to[- ]work|document) (?:and (?:visa|passport|id) )?checks\b"),
        # A client's project and its money are the work: "Client's extension budget was 180k",
        # "priced the client's shopfit at 240k".
        ("client client's clients",
            r"\bclient'?s'? (?:\w+[ -]){0,2}(?:budget|fee|quote|project|build|extension|shopfit|fit-out"
            r"|refurb\w*|job|scheme|contract)\b[^.;]{0,30}?\d[\d.,]*\s?(?:k|m|bn)?\b"
            r"|\bpriced (?:the|a|our) (?:client'?s )?[\w-]+ (?:job |project |build )?at"
            r" \d[\d.,]*\s?(?:k|m)?\b"),
        # A psychiatric hospital is a workplace: "six years as a cook in a psychiatric hospital".
        ("psychiatric",
            r"{NOT_THEIRS}\bpsychiatric (?:hospital|ward|unit|clinic|nurse|nursing|service|team|wing)s?\b"),
        # A church as a building or an object of the work: "measured up the church hall",
        # "restored a church organ", "the church roof survey".
        ("church churches",
            r"{NOT_THEIRS}\bchurch(?:es)?(?:'s)? (?:hall|halls|roof|roofs|organ|organs|tower|spire|bells?"
            r"|windows?|restoration|survey|building|buildings|conversion|refurb\w*|extension|car park"
            r"|kitchen)\b"),
        # Batches p and q, dev halves: weddings, chapels and festivals as work; the people a job
        # serves; a subject reported on.
        ("wedding weddings",
            r"{NOT_THEIRS}\b(?:wedding (?:planning|planner|planners|orders?|season|bookings?|flowers|cakes?"
            r"|venues?|events?|photograph\w*|fairs?|packages?|menus?|parties|consult\w*|role[- ]?plays?"
            r"|enquir\w*|bouquets?|florals?|clients?)|\d+[- ]guest weddings?"
            r"|weddings? (?:within|on budget|for \d|and (?:events|functions|parties)))\b"),
        ("chapel chapels",
            r"\b(?:listed|restored|restore|converted|survey of a|redundant|medieval|victorian|\d{4}s)"
            r" (?:[\w-]+ ){0,3}?chapels?\b|\bchapels? (?:conversion|restoration|as a)\b"),
        ("ramadan eid diwali christmas hanukkah",
            r"{NOT_THEIRS}\b(?:ramadan|eid|diwali|christmas|hanukkah)(?: [\w-]+)? (?:show|shows|supplement"
            r"|market|campaign|edition|special|programme|program|menu|issue|feature|coverage|promotion"
            r"|window|display|shoot|episode|broadcast|event|events)\b"),
        ("patients racers athletes skiers swimmers runners players",
            r"\b(?:with|for|of) (?:[\w-]+ ){0,2}(?:stroke|cardiac|diabetic|cancer|dementia|parkinson's"
            r"|aphasia|amputee) (?:patients|clients|residents|racers|athletes)\b|\b(?:guided|coached|taught"
            r"|trained|supported) (?:\w+ ){0,2}(?:visually impaired|blind|deaf|disabled|para) (?:racers"
            r"|athletes|skiers|swimmers|runners|players|climbers)\b"),
        ("immigration asylum refugee refugees",
            r"\b(?:immigration|asylum|refugee) (?:beat|desk|reporting|coverage|correspondent|stories|story"
            r"|series|investigation|documentary)\b"),
        ("lgbtq lgbt lgbtq+ pride",
            r"\b(?:lgbtq\+?|lgbt\+?|pride) (?:history )?(?:month|week|display|exhibition|collection|event"
            r"|events|campaign|network|book|books|season)\b"),
        ("male female",
            r"\bmale/female (?:[\w-]+ )?(?:connectors?|couplers?|plugs?|sockets?|threads?|ends?|adapters?"
            r"|fittings?)\b"
            r"|\b(?:male|female) (?:connectors?|couplers?|plugs?|threads?|fittings?|adapters?)\b"),
        ("maternity paternity parental mat",
            r"{NOT_THEIRS}\b(?:maternity|paternity|parental|mat)[ -](?:leave )?cover\b(?! for (?:her|him"
            r"|them))"),
        ("salary sacrifice",
            r"\b(?:ran|runs|run|set up|administered|administers|managed|manages) (?:the "
            r"|a )?salary sacrifice\b"
            r"|\bsalary sacrifice (?:for|on) (?:cycle|car|pension|ev|childcare|tech)"),
        ("compensation compensating",
            r"\bcompensati\w+ for (?:temperature|pressure|drift|wear|thermal|error|errors|backlash|latency"
            r"|vibration|humidity|tool wear|offset)\b"),
        ("aphasia dysphagia stroke",
            r"\b(?:aphasia|dysphagia|stroke|cardiac|neuro) (?:rehab|therapy|work|clinic|groups?) (?:with|for)"
            r" (?:\w+ ){0,2}patients\b"),
        ("gendered women",
            r"\bgendered (?:wording|language|terms|job ads?)\b|\bapplications from women\b"),
        ("therapist therapists",
            r"\btherapist-(?:led|centred|centered|driven)\b|\b(?:physio|occupational|speech|sports|massage"
            r"|respiratory|language) therapists?\b"),
        # Rehabilitation as a specialty: "her stroke rehab rotation".
        ("rehab rehabilitation",
            r"\b(?:(?:stroke|cardiac|neuro|pulmonary|musculoskeletal|msk|ortho\w*|vestibular|sports"
            r"|paediatric|pediatric) )?rehab\w* (?:rotation|placement)s?\b|\b(?:rotations?|placements?"
            r"|posts?|roles?) (?:in|on) (?:the )?(?:(?:stroke|cardiac|neuro|pulmonary|musculoskeletal|msk"
            r"|ortho\w*|vestibular|sports|paediatric|pediatric|community|inpatient|outpatient) )?rehab\w*\b"
            r"|{NOT_THEIRS}\b(?:(?:stroke|cardiac|neuro|pulmonary|musculoskeletal|msk|ortho\w*|vestibular"
            r"|sports|paediatric|pediatric|community|inpatient|outpatient) )?rehab\w* (?:wards?|units?"
            r"|teams?|centres?|centers?|services?|gyms?|physios?|nurses?|nursing)\b"
            r"(?![^.;]*\b(?:after|since|following) (?:the|her|his|their|my|an?) (?:accident|injury|fall"
            r"|operation|surgery|stroke|op)\b)"),
        ("budget",
            r"\b(?:on|within|under) (?:its|the|a|her|his|their) [$€£]\s?\d[\d,.]*\s?[km]? budget\b"),
        ("dob birth",
            r"\b(?:dob|date of birth|birth ?date) (?:validation|field|fields|column|format|checks?|parsing"
            r"|data)\b"),
        ("pregnancy",
            r"\bpregnancy (?:scanning|scans?|test(?:ing)?s?|diagnosis|checks?) (?:in|of|for|on) (?:the )?"
            r"(?:sheep|cows?|cattle|ewes|mares?|sows?|heifers|dogs?|cats?|animals|livestock|herds?"
            r"|flocks?)\b"),
        ("weddings church",
            r"\b(?:\d+\+?|dozens of|many|several|hundreds of) weddings\b|\bchurch (?:and|or|&) civil"
            r" (?:ceremonies|weddings|services)\b"),
        ("elderly",
            r"{NOT_THEIRS}\belderly (?:clients?|patients?|residents?|customers?|passengers|users"
            r"|service users)\b"),
        ("chapel",
            r"\bchapel (?:street|road|lane|st|rd|hill|court|hire|bookings?|venue|weddings?|events?"
            r"|ceremon\w+|restoration|roof|building)\b|\b(?:the|a) (?:hotel|venue|hospital|college"
            r"|school|crematorium|castle|estate)(?:'s)? chapel\b"),
        ("preacher",
            r"\bpreacher (?:curls?|bench(?:es)?|machines?|pads?)\b"),
        # A family as a kind of business or of law, not the candidate's: "a family business owner".
        ("family",
            r"\bfamily[\s-](?:run|owned|business|businesses|firm|firms|office|offices|company|companies"
            r"|law|court|liaison|support|practice|medicine|doctor)\b"),
        # Medicines as the job: "lead the medication round", "has never given medication".
        ("medication medicines meds",
            r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bgets )(?<!\bgot )(?<!\bget )"
            r"\b(?:give|gives|given|giving|gave|administer\w*|dispens\w*|prepar\w*|handl\w*|stor\w*"
            r"|order\w*|check\w*) (?:the |out )?(?:medication|medicines?|meds)\b"
            r"(?![^.;]*\b(?:makes?|made|making) (?:her|him|them|me)\b|\s+(?:for|to) (?:her|him|them"
            r"|herself|himself)\b)"),
        ("surgery",
            r"(?<!\brecovering )(?<!\brecovered )(?<!\brecovery )(?<!\bback )(?<!\bhome )"
            r"\b(?:in|at|to|into|around|across) (?:our|the|this) (?:(?:dental|gp|vet|local|new|main|branch"
            r"|village|practice|old) )?surgery\b(?! (?:on|for|of|to|recovery))"
            r"|\bsolo[\s-](?:nurse|dentist|gp|vet) (?:surgery|practice)\b"),
        # The children of a nursery or a school, not the candidate's: "the kids' allergy lists".
        ("kids children",
            r"\bthe (?:kids|children)['’]s? (?:\w+ )?(?:lists?|needs|allerg\w+|meals?|records?|files?"
            r"|safety|progress|reports?|activities|learning|development|behaviou?r|parents|names"
            r"|snacks|naps?)\b"),
        ("work right",
            r"\bright[\s-]to[\s-]work (?:checks?|docs?|documents?|documentation|process|compliance"
            r"|verification)\b|\b(?:checks?|checking|verif\w+|compliance)\b[^.;]{0,25}\bright to work\b"),
        ("rated stars",
            r"\brated (?:\d(?:\.\d)?|five|four|three) stars? (?:by|on|from) (?:the )?(?:council|inspectors?"
            r"|google|tripadvisor|customers|guests|trustpilot|michelin|aa|rac)\b"),
        ("candidate's client's customer's candidate client customer buyer seller supplier tenant",
            r"\b(?:a|the) (?:candidate|client|customer|buyer|seller|supplier|tenant)['’]s (?:counter-?offer"
            r"|salary|pay|offer|package)\b"),
        # The people a candidate cares for, and their families: "the residents and their families",
        # "the pregnant passenger scenario".
        ("families relatives carers parents pregnant",
            r"\b(?:residents|patients|customers|clients|pupils|students|children|guests|service users"
            r"|users|people|employees|staff|colleagues|members|tenants|families) and their (?:families"
            r"|relatives|carers|parents|loved ones)\b|\bpregnant[\s-](?:passengers?|patients?|customers?"
            r"|clients?|residents?|guests?|women|workers?|employees?|colleagues?|staff)\b"),
        # Someone the candidate served, not the candidate: "patient with dementia refusing meds".
        ("patient patients passenger passengers customer customers client clients resident residents "
         "caller callers guest guests user users",
            # Not the candidate as one: "she is a patient with diabetes herself".
            r"{NOT_A}\b(?:a |the |an )?(?:patients?|passengers?|customers?|clients?|residents?|service users?"
            r"|callers?|guests?) (?:with|who (?:has|had|have)|suffering from|living with) (?:an? |the )?"
            r"(?:[a-z'-]+ ){0,2}[a-z'-]+(?![^.;]*\b(?:herself|himself|themselves|myself|yourself)\b)"),
        # A pupil, named by the class: "supported a Year 2 child with autism 1:1".
        ("child children pupil pupils student students learner learners boy girl",
            r"\b(?:a|the|one|two|three) (?:year|y|grade|class|reception|p|primary|ks\d)\s?\d* (?:child"
            r"|children|pupils?|boy|girl|students?|learners?)\b(?: with (?:an? |the )?(?:[a-z'-]+ ){0,2}"
            r"[a-z'-]+)?|{NOT_THEIRS}{NOT_A}\b(?:a |the )?(?:pupils?|students?|learners?) (?:with|who (?:has"
            r"|have))"
            r" (?:an? |the )?(?:[a-z'-]+ ){0,2}[a-z'-]+"),
        # The law as knowledge, not the candidate's needs: "the duty to make reasonable adjustments".
        ("adjustments",
            r"\b(?:duty|duties|obligations?|law|policy|process|act) (?:to make |on |for |of )?reasonable"
            r" adjustments\b|\breasonable adjustments (?:under|in line with|required by) (?:the )?(?:equality"
            r" act|law|legislation|policy|ada)\b"),
        # A herd's fertility is the farm's: "kept the herd's fertility up".
        ("fertility",
            r"\b(?:herd|herd's|cow|cattle|dairy|ewe|flock|flock's|bull|sow|livestock|breeding|heifer|soil"
            r"|animal)s?(?:'s)? (?:\w+ )?fertility\b|\bfertility (?:(?:rates?|figures|data|records|management"
            r"|programmes?|programs?|problems|issues) )?(?:in|of|for|across) (?:the|a|our) (?:herd|flock|cows"
            r"|cattle|ewes|livestock|farm|unit)\b|\bfertility (?:protocols?|rates?|figures|data|records"
            r"|management|programmes?|work)\b(?=[^.;]*\b(?:herd|heat detection|calving|insemination|cows?"
            r"|heifers?|dairy|ewes?|tupping|breeding)\b)"),
        # An animal is never the candidate: "fluid rates for a diabetic cat".
        ("diabetic epileptic blind deaf obese arthritic pregnant diabetes epilepsy cancer arthritis "
         "seizures",
            r"\b(?:diabetic|epileptic|blind|deaf|obese|arthritic|pregnant|elderly|senior|geriatric)"
            r" (?:cats?|dogs?|rabbits?|horses?|ponies|pony|pupp(?:y|ies)|kittens?|pets?|animals?|ewes?"
            r"|cows?|mares?|bitch(?:es)?|ferrets?|guinea pigs?|parrots?)\b|\b(?:cats?|dogs?|rabbits?"
            r"|horses?|pupp(?:y|ies)|kittens?|pets?|animals?) with (?:diabetes|epilepsy|cancer|arthritis"
            r"|seizures|kidney disease)\b"),
        # People served, named as a group: "large print for visually impaired readers".
        ("impaired blind deaf disabled autistic elderly older refugees asylum migrants immigrants",
            r"{NOT_THEIRS}\b(?:visually impaired|hearing impaired|partially sighted|blind|deaf|disabled"
            r"|autistic|elderly|older|vulnerable|neurodivergent)(?: and (?:[a-z-]+ ){1,2})? (?:readers|users"
            r"|customers|patients|pupils|children|passengers|visitors|clients|residents|tenants|guests"
            r"|members|students|learners|service users|people|drivers|travellers|callers|audiences)\b"
            # "autistic people like her" are the candidate, not people served.
            r"(?! like (?:her|him|them|you|me|myself|herself|himself|themselves|yourself)\b)"
            r"|\b(?:support\w*|help\w*|advis\w*|assist\w*|work\w* with|represent\w*|casework\w*"
            r"|housing|resettl\w*) (?:\w+ ){0,2}(?:refugees|asylum seekers|migrants|immigrants)\b"
            r"|{NOT_THEIRS}\basylum (?:support|applications|claims|casework|law|appeals|interviews|cases)\b"),
        # A faith as a subject of work: "a tour of the Islamic art gallery".
        ("islamic jewish christian buddhist hindu sikh religious sacred",
            r"{NOT_THEIRS}\b(?:islamic|jewish|christian|buddhist|hindu|sikh|religious|sacred|byzantine)"
            r" (?:art|architecture|history|manuscripts?|collections?|galleries|gallery|studies|texts?"
            r"|objects?|music|iconography|heritage|textiles|ceramics)\b"),
        # Childcare as a tax or a benefit, for others: "tax-free childcare for self-employed parents".
        ("childcare parental",
            r"{NOT_THEIRS}\btax-free childcare\b|{NOT_THEIRS}\b(?:childcare|parental) (?:vouchers?|schemes?"
            r"|allowances?|tax credits?|element)\b(?! (?:for|of) (?:her|him|them)\b)"),
        # Pay as an HR project: "a new pay-band structure for 400 roles".
        ("pay salary payroll bonus compensation benefit benefits reward",
            r"{NOT_THEIRS}\b(?:pay|salary|payroll|bonus|compensation|benefits?|reward)[\s-]+(?:[a-z]+[\s-]+)?"
            r"(?:structures?|frameworks?|bands?|banding|grading|models?|schemes?|reviews?|policies|policy"
            r"|systems?|projects?|processes?) for (?:\d[\d,]*|all|every|the|our|their|its) (?:[\w-]+ ){0,2}?"
            r"(?:staff|employees|roles|people|colleagues|workforce|teams?|company|business|organi[sz]ation"
            r"|group|stores|sites|branches|departments|grades|engineers|nurses|drivers|workers|members"
            r"|agents|managers|hires|joiners|contractors|schools|hospitals|clients)\b"),
        # Religious events as bookings: "kosher options for our bar mitzvah bookings".
        ("mitzvah mitzvahs",
            r"\b(?:bar|bat) mitzvahs? (?:bookings?|parties|events?|packages?|menus?|season)\b"),
        # A hotel's or a kitchen's stars: "a 5-star hygiene rating", "four-star hotels".
        ("star stars",
            r"\b(?:\d|five|four|three|two)[\s-]star (?:(?:hygiene|food|safety|energy|guest|google"
            r"|tripadvisor|customer|trustpilot|review) )?(?:ratings?|hotels?|resorts?|restaurants?"
            r"|venues?|properties|property|service|reviews?)\b"),
        # The form of the interview, not a score: "we got through everything on the scorecard".
        ("scorecard",
            r"\b(?:on|in|through|from|against|per) (?:the|our|my) (?:interview )?scorecard\b"
            r"(?! (?:says|said|shows|is|was|gives|gave))"),
        # Hardware and schemas: "male/female headers", "the gender field in the signup form".
        ("male female",
            r"\bmale/female (?:headers?|connectors?|pins?|plugs?|jacks?|adapters?|ends?)\b"),
        ("gender",
            r"\bgender (?:field|column|attribute|dropdown|option|options|enum|values?) (?:in|of|on)\b"),
        ("shortlist*",
            r"\bshortlist(?:ed)? (?:of )?(?:\w+ )?(?:vendors?|tools?|options?|libraries|frameworks?"
            r"|suppliers?|providers?|designs?|approaches|solutions?)\b"),
        # "disabled 30 legacy endpoints": switched off, not a disability.
        ("disabled",
            r"\bdisabled (?:\d+ )?(?:\w+ )?(?:endpoints?|features?|flags?|accounts?|services?|jobs?|logging"
            r"|caching|cache|tests?|checks?|buttons?|alerts?|apis?|it|them|autoscaling|access|ssl|tls"
            r"|cookies|javascript|plugins?|webhooks?|cron)\b"),
        ("accent",
            r"\baccent[\s-]+colou?rs?\b"),
        ("accent",
            r"\baccent[\s-]+(?:tokens?|palette|shade|hue|font|border|line|bar|lighting|wall)s?\b"),
        ("accented",
            r"\baccented (?:characters?|letters?|chars|vowels?)\b"),
        ("islamic",
            r"\bislamic (?:finance|banking|bonds?|mortgages?|products?|fintech)\b"),
        ("disability",
            r"\bdisability (?:insurance|claims?|benefits? (?:system|platform|product))\b"),
        ("insurance",
            r"\b(?:health|life|disability) insurance\b"),
        # Burnout as a topic of management, not the candidate's health.
        ("burnout burn mental wellbeing well stress",
            r"\b(?:burnout|burn-out|mental health|wellbeing|well-being|stress) (?:prevention|awareness|ini"
            r"tiatives?|programs?|programmes?|policy|policies|training|workshops?|risks?|rates?|culture|da"
            r"shboards?)\b"),
        ("burnout burn",
            r"\b(?:prevent\w*|avoid\w*|reduc\w*|manag\w*|spot\w*|address\w*|tackl\w*|mitigat\w*) (?:team |"
            r"engineer |on-call |people's )?(?:burnout|burn-out)\b"),
        ("church churchill",
            r"\bchurch(?:ill)? (?:street|road|st|rd|lane)\b"),
        ("drag",
            r"\bdrag(?:-and-|\s+and\s+)drop\b"),
        ("gender",
            r"\bgender[\s-]neutral\b"),
        ("married",
            r"\bmarried (?:the|two|both) \w+"),
        ("female",
            r"\bfemale (?:connectors?|plugs?|ports?|headers?|pins?|jacks?)\b"),
        ("intelligence",
            r"\b(?:emotional|social) intelligence\b"),
        ("deaf",
            r"\bdeaf ears\b"),
        ("prayer",
            r"\bprayer times? (?:app|api)\b"),
        ("widows",
            r"\bwidows and orphans\b"),
        ("paralysis paralysed paralyzed",
            r"\banalysis paralysis\b|\bparaly[sz]ed by (?:choice|indecision|options)\b"),
        ("impairment impairments",
            r"\b(?:goodwill|asset|loan|credit) impairments?\b|\bimpairment (?:tests?|testing|charges?|loss"
            r"(?:es)?|models?)\b"),
        ("stutter stutters stuttered stuttering",
            r"\b(?:ui|app|screen|animation|video|audio|frame rate|scrolling|scroll|page"
            r"|game)\s+stutter\w*"),
        ("diabetes cancer dementia alzheimer parkinson mental autism adhd hiv epilepsy depression disability"
         " accessibility fertility",
            r"\b(?:diabetes|cancer|dementia|alzheimer's|parkinson's|mental health|autism|adhd|hiv|epilepsy"
            r"|depression|disability|accessibility|fertility) (?:research|app|apps|platform|startup|clinic"
            r"|clinics|charity|nonprofit|trials?|studies|study|data|registry|product|screening"
            r"|genomics)\b"),
        ("compensation compensating compensate",
            r"\bcompensati\w+ (?:transactions?|actions?|steps?|logic|handlers?|events?)\b"),
        ("credit",
            r"\bcredit scor\w*"),
        ("eid",
            r"\beid (?:card|integration|authentication|login|verification)\b"),
        ("maternity pregnancy prenatal ivf fertility baby childcare parenting pediatric paediatric",
            r"\b(?:maternity|pregnancy|prenatal|ivf|fertility|baby|childcare|parenting|pediatric|paediatri"
            r"c) (?:wards?|units?|clinics?|hospitals?|apps?|platforms?|products?|startups?|trackers?|brand"
            r"s?|retailers?|e-?commerce|marketplaces?|scheduling)\b"),
        # Things, not people, that are old or young: "the codebase was too old to save".
        ("old young outdated ancient",
            r"\b(?:the|this|that|their|our|its|his|her) (?:{TECH}|hardware|servers?|machines?|laptops?|pho"
            r"nes?|infra\w*|kernels?|os|databases?|db|monolith|app|apps)s? (?:is|was|were|are|seemed|looke"
            r"d|felt) (?:\w+ )?(?:too |very |quite |really |pretty |so )?(?:old|young|outdated|ancient)\b"),
        # Work on a sensitive topic: "the maternity-leave workflow", "a salary-benchmarking tool",
        # "the medication reconciliation go-live", "residence permit files": the artefact, not the person.
        ("workflow workflows tool tools module modules field fields form forms feature features report "
         "reports dashboard dashboards scheme schemes system systems tracker trackers calculator engine "
         "rota rotas reconciliation menu menus file files go scenario scenarios app apps records "
         "benchmarking round rounds",
            r"{NOT_THEIRS}\b(?:salary|salaries|pay|payroll|compensation|bonus|benefits?|gender|sex"
            r"|maternity|paternity"
            r"|parental|medication|medical|health|patient|pregnancy|disability|accessibility|religion"
            r"|religious|ramadan|iftar|christmas|residence permit|visa|immigration|ethnicity|nationality)"
            r"(?:[\s-]+[a-z]+){0,2}?[\s-]+(?:workflows?|tools?|modules?|fields?|forms?|features?|reports?"
            r"|dashboards?|schemes?(?: admin)?|systems?|trackers?|calculators?|engines?|rotas?"
            r"|reconciliation|menus?|files?|go-live|scenarios?|apps?|records|benchmarking|rounds?)\b"),
        # A body's or a trade's rules, data and plans, with an article or an owner that is not the
        # candidate: "the salary sacrifice rules", "a mental health crisis line", "ONS ethnicity data".
        ("data rules regulations law legislation certification compliance planning hours line lines "
         "rating ratings policy policies audit audits statistics stats act",
            r"\b(?:the|a|an|our|its|[a-z]+'s|ons|nhs|census|government|national|public|official|council)"
            r"(?<!\bher)(?<!\bhis)(?<!\bshe's)(?<!\bhe's) (?:(?:new|shared|statutory|enhanced|national|local"
            r"|company|group|updated|revised) )?(?:salary|salaries|pay|payroll|compensation|bonus"
            r"|benefits?|gender|sex|maternity|paternity|parental|medication|medical|health|patient|pregnancy"
            r"|disability|accessibility|religion|religious|ramadan|christmas|visa|immigration|ethnicity"
            r"|nationality|mental health|halal|kosher)(?:[\s-]+[a-z]+){0,3}?[\s-]+(?:data|rules(?! out\b)"
            r"|regulations?|law|legislation|certification|compliance|planning|hours|lines?|ratings?"
            r"|polic(?:y|ies)|audits?|statistics|stats|act)\b"),
        # A trade's rules and settings, each named whole: "EU261 compensation rules", "the Mental
        # Health Act", "a 5-star hygiene rating", "halal certification", "the dementia unit".
        ("eu261 act hygiene halal kosher dementia",
            r"\beu261(?: compensation)?\b|\bcompensation (?:rules|claims?|regulations?) under eu261\b"
            r"|\bthe mental health act\b|\b(?:food )?hygiene (?:ratings?|scores?|inspections?|audits?"
            r"|certificates?|standards)\b|{NOT_THEIRS}\b(?:halal|kosher) (?:certification|certified"
            r"|kitchens?|menus?|suppliers?|catering|butcher\w*|meat supply|options on the menu"
            r"|(?:meals?|food|options) (?:on request|for (?:our|the|residents|patients|guests|customers"
            r"|pupils)))\b"
            r"|{NOT_THEIRS}\bdementia (?:wards?|units?|wings?|nurses?|nursing|specialists?|residents"
            r"|patients)\b"),
        ("religiously",
            r"\breligiously\b"),
        ("maternity pregnancy baby",
            r"\b(?:maternity|pregnancy|antenatal|postnatal) (?:ward|unit|wing|rota|department|clinic"
            r"|service|team)\b|\bbaby[\s-]food\b"),
        # A hotel's or a venue's weddings are bookings: "rebooking a wedding party after an overbooking".
        ("wedding weddings",
            r"\b(?:a|the|\d+|two|three|several) wedding (?:party|parties|guests|bookings?|events?|season"
            r"|venue|planners?|packages?|fairs?|receptions?|menus?)\b|\b\d+-(?:cover|guest|head|person)"
            r" weddings?\b|\bweddings (?:and|&) (?:conferences"
            r"|events|corporate)\b"),
        # A GP or dental surgery is a workplace: "managing a 4-GP surgery", "moving the surgery to
        # online booking".
        ("surgery surgeries",
            r"\b(?:gp|gps|\d+-gp|dental|vet|veterinary|doctors'?)[\s-]+surger(?:y|ies)\b|\bsurgery(?:'s)?"
            r" (?:team|staff|reception|receptionists?|patients|rota|list|phones?|booking|systems?|manager"
            r"|opening hours)\b|\b(?:moving|moved|move|ran|runs|running|managing|managed|manage|manages)"
            r" (?:the|a|our|their|his|her) (?:\w+ )?surgery\b"),
    ],
)
