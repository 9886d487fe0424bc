"""Other people named in the notes: interviewers and other candidates, whose names never belong in
the email (interviewers' only when the profile allows it).

A capitalised word counts as a person only in a context that says so ("Dana's notes", "Sam: ...",
"(Marcus, EM)", "going with Daniel", "Sam 4/5"), and never when it is a common section heading or
tool name: a false alarm here would block a good email that mentions "Python".
"""

from __future__ import annotations

import re
from enum import StrEnum

_NAME = r"([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)"


class Person(StrEnum):
    INTERVIEWER = "interviewer"
    OTHER_CANDIDATE = "other candidate"


# Abbreviated and in lower case too: "(ops mgr)", "(HSEQ)", "(site supervisor)"; not "senior".
_TITLE = (r"(?:Head|Lead|Manager|Engineer|Designer|Director|VP|CTO|CEO|COO|CFO|HM|EM|PM|Recruiter|"
          r"Founder|Partner|Senior|Staff|Principal|Analyst|Scientist|Finance|People|HR|Sales|Product|"
          r"Engineering|Design|Ops|Operations|Warehouse|Support|Marketing|MD|HSEQ|HSE|[Mm]gr|[Ss]upervisor"
          r"|[Cc]oordinator|[Oo]fficer|ops|manager|director|head|lead|Teamleitung|Leiter\w*|Leitung"
          r"|Responsable|Directeur|Directrice|Jefe|Jefa|Gerente|Encargad[oa])")

# (pattern, who the named person is). Each pattern captures one or more names.
_CONTEXTS: list[tuple[re.Pattern[str], Person]] = [
    # "- Priyanka (Finance): ...", "**Dana (HM):**"
    (re.compile(rf"^[ \t]*(?:[-*•>]+[ \t]*)?\**{_NAME}[ \t]*\([^)\n]{{1,40}}\)\**[ \t]*:", re.M),
     Person.INTERVIEWER),
    # "(Marcus)", "(Annika, Head of Product)", "(Kofi - Senior Designer)"
    (re.compile(rf"\({_NAME}\)|\({_NAME}\s*[,–-]\s*[^)\n]{{0,30}}\b{_TITLE}\b[^)\n]{{0,30}}\)"),
     Person.INTERVIEWER),
    # "see Dana's notes", "until Marek's session", "Marek's not convinced"; not "Sainsbury's" or
    # "a Master's": the possessive counts when what follows belongs to an interviewer.
    (re.compile(rf"\b{_NAME}['’]s\s*(?::|(?:notes?|view|take|feedback|session|interview|round|scores?"
                r"|questions?|concerns?|call|vote|opinion|panel|exercise|part|section|impression|read"
                r"|point|comments?|verdict|rating|assessment|recommendation|not|worried|concerned|keen"
                r"|unsure|against|thoughts?|scorecards?|gut|feeling|instinct|worry|doubts?|pick|choice"
                r"|write-?up|summary|leaning|happy|fine|a (?:(?:strong|weak|soft|firm|clear|lean|hard) )?"
                r"(?:yes|no))\b)"), Person.INTERVIEWER),
    # "w/ Aisha (VP Sales Eng)": a name with a title in brackets after it
    (re.compile(rf"\b{_NAME}\s*\([^)\n]{{0,30}}\b{_TITLE}\b[^)\n]{{0,30}}\)"), Person.INTERVIEWER),
    # "Aisha makes final call", "Dana has the final say", "Marek decides"
    (re.compile(rf"\b{_NAME}\s+(?:makes?|made|making|has|had|gets?) (?:the )?final (?:call|say|decision)"
                rf"|\b{_NAME}\s+(?:decides|decided|signs off|to decide)\b"), Person.INTERVIEWER),
    # "Aisha called it", "Priyanka would have taken her", "Gabriel strongly against"
    (re.compile(rf"\b{_NAME}\s+(?:said|says|thinks|thought|felt|feels|noted|called|mentioned|liked|"
                r"loved|asked|pushed|wants|wanted|agreed|agrees|disagreed|disagrees|voted|would|"
                r"strongly|was a (?:yes|no)|is a (?:yes|no)|yes\b|no\b)"), Person.INTERVIEWER),
    # "Sam 4/5", "Aisha: 3.5/4"; not "Ley 39/2015"
    (re.compile(rf"\b{_NAME}:?\s+\d+(?:[.,]\d+)?\s*/\s*(?:[1-9]|10|20|100)\b"), Person.INTERVIEWER),
    # "Annika and Kofi yes", "Claire et Julien"
    (re.compile(rf"\b{_NAME}\s+(?:and|&)\s+{_NAME}\s+(?:yes|no|agree|both)\b"), Person.INTERVIEWER),
    # "Panel: Sam, Aisha and me", "interview with Luis", "talked over Jen", "avec Claire et Julien"
    (re.compile(rf"\b(?i:panel)\b[^\n.:]*:\s*{_NAME}(?:\s*\([^)]*\))?(?:\s*(?:,|and|&)\s*{_NAME})?"
                rf"(?:\s*\([^)]*\))?(?:\s*(?:,|and|&)\s*{_NAME})?"), Person.INTERVIEWER),
    # "tech round w/ Priya K + Tom B.", "revue avec Léa et Karim"
    (re.compile(rf"\b(?i:interview(?:er)?|call|chat|session|meeting|round|screen|review|entretien|revue"
                rf"|gespräch|runde|entrevista|revisión)(?:\s+\w+){{0,2}}\s+(?:with|w/|avec|mit|con)\s+"
                rf"{_NAME}(?:\s+[A-Z]\b\.?)?(?:\s*(?:and|et|und|y|\+|&)\s+{_NAME})?"),
     Person.INTERVIEWER),
    # "Frau Schneider (Teamleitung)", "Herr Okonkwo skeptisch", "avec Mme Vasseur", "Ms Okafor"
    (re.compile(rf"\b(?:Frau|Herr|Hr|Fr|Mme|Madame|Monsieur|Mr|Mrs|Ms|Dr|Sra|Señora|Señor)\.?\s+"
                rf"(?:(?:Dr|Prof)\.?\s+)?{_NAME}"),
     Person.INTERVIEWER),
    (re.compile(rf"\b(?:talked over|interrupted|ignored|told|asked)\s+{_NAME}\b"), Person.INTERVIEWER),
    (re.compile(rf"\binterviewer\s+(?:was|is)\s+{_NAME}"), Person.INTERVIEWER),
    # "going with Daniel", "we hired Ana", "offer to Ben", "Thibault had far more", "Daniel edged it"
    # "nehmen Katrin Vogel", "on prend Julien", "nos quedamos con Lucía", "taking Sam": the name
    # ends the clause or a reason follows; not "taking Spanish lessons", "on prend Lyon comme base".
    (re.compile(rf"\b(?i:nehmen|nehme|prend|prenons|retenons|tomamos|quedamos con|nos quedamos con"
                rf"|taking|take|entscheiden uns für|elegimos|choisissons)\s+"
                rf"{_NAME}(?:\s+[A-Z][a-zà-öø-ÿ]+)?(?=[ \t]*(?:$|[,.;:()!?—–-]|(?i:instead|over|rather"
                r"|for the (?:role|job|position)|au lieu|plutôt|parce|car|statt|anstatt|weil|en lugar|en vez"
                r"|porque|ya que|pues)\b))", re.M), Person.OTHER_CANDIDATE),
    (re.compile(rf"\b(?i:going|went|go|gone)\s+(?i:with)\s+{_NAME}|\b(?i:hired?)\s+{_NAME}|\b(?i:offer(?:ed)?)\s+"
                rf"(?:to\s+)?{_NAME}|\b{_NAME}\s+(?:edged|pipped|beat|was stronger|is stronger|ranked|"
                r"had (?:far |much )?more|has (?:far |much )?more)"),
     Person.OTHER_CANDIDATE),
]

# Capitalised words that the contexts above catch but that are not people.
_NOT_PEOPLE = frozenset("""
    About Also Areas Background Candidate Coding Communication Concerns Consensus Cons Culture Data
    Debrief Decision Design Engineering Experience Feedback Final Finance Frontend Backend Hiring HM
    Interview Interviewer Leadership Management Manager Marketing Motivation Next Notes Operations
    Overall Panel People Portfolio Product Pros Recommendation Recruiter Role Sales Screen Security
    Strengths Summary Support System Team Technical Verdict Warehouse Weaknesses Yes No Note Update
    Python Java JavaScript TypeScript Kotlin Swift Rust Ruby Scala Kafka React Figma Excel Salesforce
    Tableau Looker Docker Kubernetes Linux Android Google Amazon Microsoft Slack Jira Zendesk
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Payments Platform Infrastructure Mobile Web
    Questions Question Exercise Case Study Homework Presentation Roleplay Role-play Take-home
    He She They We It That This These Those But And So Then Also Everyone Nobody Both Neither
    Score Scores Rating Ratings Nota Note Bewertung Ergebnis Unanimous Board Classic Terraform
    When Where Why What Who How Which While If Once After Before Asked Told Later Only Even Still
    Quand Lorsque Pourquoi Comment Wann Warum Wie Als Cuando Porque Como Donde
    Lead Head Senior Staff Principal Chief Director Designer Engineer Developer Founder
    Frau Herr Hr Fr Mme Madame Monsieur Mr Mrs Ms Dr Sra Señora Señor Word Office Teams Outlook Access Visio
""".split())
# Section headings and dimensions ("Execution", "Troubleshooting", "Entscheidung") are not names.
_HEADING_ENDINGS = re.compile(r"(?:tion|sion|ment|ness|ity|ing|ung|ance|ence|ure|ship|ics|ism|ise|ize"
                              r"|schaft|heit|keit)$")
# "(Strangler-Pattern)", "(Case-Studie)": a compound of a noun, not "Jean-Luc" or "Anne-Marie".
_COMPOUND_NOUNS = frozenset("""
    Pattern Patterns Prinzip Modell Methode Ansatz Test Tests Framework Design Projekt Plan Strategie
    Konzept Prozess System Format Tool Tools Studie Study Check Review Runde Round Migration
""".split())


# "prueba en obrador central (Getafe)", "the Leeds site (Morley)", "our POS (Lightspeed)": a place,
# a tool or an organisation in brackets, not a person.
_PLACE_BEFORE = re.compile(
    # A place, perhaps with one word after it: "the Leeds site (Morley)", "obrador central (Getafe)".
    r"(?i:\b(?:office|site|store|shop|branch|plant|warehouse|depot|campus|hq|centre|center|hub|bureau"
    r"|agence|usine|magasin|entrepôt|sede|tienda|obrador|planta|oficina|almacén|sucursal|standort"
    r"|filiale|werk|lager|büro|zentrale)s?(?:\s+\w+)?"
    # A tool or an organisation, right before the brackets: "our POS (Lightspeed)". Not a meeting
    # or a test ("project review (Marek)", "Language test (Aisha)"), nor a client, who is a person.
    r"|\b(?:tool|system|software|platform|app|crm|erp|pos|ats|supplier|vendor|company|employer|firm"
    r"|chain|brand|agency|school|university|uni|college|hospital|bank|retailer|contractor|stack"
    r"|framework|library|database|logiciel|outil|entreprise|société|école|firma|unternehmen|schule"
    r"|werkzeug|herramienta|empresa|escuela)s?)\s*$")


def other_people(notes: str, *, exclude: set[str] | frozenset[str] = frozenset()) -> dict[str, Person]:
    """Names of other people in the notes, and who they are; `exclude` holds the candidate's names."""
    found: dict[str, Person] = {}
    for pattern, person in _CONTEXTS:
        for match in pattern.finditer(notes):
            if match.group().startswith("(") and _PLACE_BEFORE.search(
                    notes, max(0, match.start() - 40), match.start()):
                continue
            for name in match.groups():
                if (not name or name in _NOT_PEOPLE or name in exclude
                        or _HEADING_ENDINGS.search(name) or name.rpartition("-")[2] in _COMPOUND_NOUNS):
                    continue
                # Another candidate outranks an interviewer: their name is never allowed.
                if found.get(name) is not Person.OTHER_CANDIDATE:
                    found[name] = person
    return found
