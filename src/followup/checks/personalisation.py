"""Personalisation: addressed by name, the role, specific and true details from the notes."""

from __future__ import annotations

import re

from ..languages import normalise_language
from .base import (
    CheckContext,
    EmailUnderCheck,
    Verdict,
    _fail,
    _not_applicable,
    _ok,
    _paragraphs,
    content_paragraphs,
    has_word,
    normalise,
    words,
)

# --- personalisation ------------------------------------------------------------------------

GENERIC_GREETING = re.compile(
    r"\b(dear|hi|hello)\s+(candidate|applicant|sir|madam|sir\s*(or|/)\s*madam|there|friend)\b"
    r"|\bto whom it may concern\b",
    re.I,
)
PLACEHOLDER = re.compile(
    # A bracket that starts with what was to be filled in: "[Date and time]", "[Name of
    # interviewer]", "[specific strength]", "[Nombre]", "[Datum]".
    r"\[\s*(first\s*name|name|candidate|role|company|position|date|time|day|location|address|link"
    r"|insert|specific|interviewer|manager|nombre|fecha|hora|puesto|empresa|datum|uhrzeit|stelle"
    r"|firma|nom|poste|heure|lieu|entreprise|prénom|vorname)\b[^\]]{0,40}\]"
    r"|\[[^\]]{0,30}\bname\s*\]"
    r"|\{\{?\s*\w+\s*\}\}?|<\s*(first_?name|name|role|date|time)\s*>|\bXXX\b|\bTBD\b"
    # A gap left in capitals, several words: "[VP SALES NAME]"; not "[PDF]" or "[ASAP]".
    r"|(?-i:\[[A-ZÀ-Ý][A-ZÀ-Ý0-9_/.-]*(?: [A-ZÀ-Ý0-9_/.-]+)+\])",
    re.I,
)


def addressed_by_name(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    generic = GENERIC_GREETING.search(email.body)
    if generic:
        return _fail(f"generic greeting '{generic.group(0)}'; greet them by name", generic.group(0))
    # The name they go by: "Javi", never "Francisco", when the notes say so.
    names = ({ctx.candidate.preferred_name, ctx.candidate.preferred_name.split()[0]}
             if ctx.candidate.preferred_name
             else {ctx.candidate.first_name, ctx.candidate.name.split()[0], ctx.candidate.name})
    greeting = email.greeting.casefold()
    if not any(has_word(greeting, n.casefold()) for n in names):
        return _fail(f"the greeting '{email.greeting[:60]}' does not name "
                           f"{ctx.candidate.first_name}", email.greeting)
    return _ok()


def no_placeholders(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    for text in (email.subject, email.body):
        hit = PLACEHOLDER.search(text)
        if hit:
            return _fail(f"unfilled placeholder '{hit.group(0)}'", hit.group(0))
    return _ok()


def names_the_role(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    text = normalise(email.subject + " " + email.body)
    role = normalise(ctx.candidate.role)
    # Job titles get shortened in prose ("the backend role", "the design role", "the SDR role"): the
    # stem of a long word of the title, or its initials in capitals, will do.
    key_words = [w for w in re.split(r"[\s/()-]+", role) if len(w) > 3] or words(role)
    # "Hôtesse de l'air / Steward (PNC)": the abbreviation in brackets names it too, in capitals and
    # as a whole word ("PNC", not the "go" of "(Go)" in "good").
    written = email.subject + " " + email.body
    brackets = [w for w in re.findall(r"\(([^)]{3,12})\)", ctx.candidate.role) if w.isupper()]
    initials = "".join(w[0] for w in words(role)).upper()
    if role in text or any(re.search(rf"\b{re.escape(w[:6])}", text) for w in key_words) or any(
            re.search(rf"(?<!\w){re.escape(w)}(?!\w)", written) for w in brackets) or (
            len(initials) >= 2 and re.search(rf"\b{initials}s?\b", written)):
        return _ok()
    return _fail(f"the email never names the role ({ctx.candidate.role})")


def evidence_grounded(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    if not email.evidence:
        return _not_applicable("no quoted evidence to verify")
    if ctx.notes is None:
        return _not_applicable("no notes given to verify the quotes against")
    notes = normalise(ctx.notes)
    for item in email.evidence:
        quote = normalise(item.quote).strip(" \"'.,;:")
        if len(words(quote)) < 2:
            return _fail(f"quote '{item.quote}' is too short to support '{item.point[:60]}'",
                         item.quote)
        if quote not in notes:
            return _fail(f"quote '{item.quote}' does not occur in the notes", item.quote)
    return _ok(f"{len(email.evidence)} quote(s) found in the notes")


def uses_a_specific_detail(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    """At least one true detail from the notes, so the email could not go to anyone else: in a
    free-text email, two distinctive terms of the notes (paraphrased or inflected: word stems)."""
    if email.evidence:
        return _ok("backed by quotes from the notes")
    if ctx.notes:
        used = sorted({_stem(w) for w in words(normalise(email.body))} & distinctive_terms(ctx.notes, ctx))
        if len(used) >= MIN_SPECIFIC_TERMS:
            return _ok(f"uses {', '.join(used[:3])} from the notes")
    return _fail("nothing specific from the notes; add one true, specific detail")


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """The phrase as a case-insensitive substring (as evals/README.md defines it: "prioriti" covers
    "prioritise"), with any spaces or hyphens between its words ("rate-limit", "rate limit")."""
    parts = [re.escape(w) for w in re.findall(r"\w+", normalise(phrase))]
    return re.compile(r"[\s'-]+".join(parts), re.I)


def mentions_required(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    """Every detail the case says a good email must mention (specific and true)."""
    if not ctx.must_mention:
        return _not_applicable("no required details given")
    text = normalise(email.subject + " " + email.body)
    missing = [p for p in ctx.must_mention if not _phrase_pattern(p).search(text)]
    if missing:
        return _fail("does not mention " + ", ".join(f"'{p}'" for p in missing))
    return _ok(f"mentions all {len(ctx.must_mention)} required detail(s)")


# Words any follow-up email may use, whoever it is for: using them shows nothing about this person.
_GENERIC = """
about above after again also although always among another anyone anything around asked asking
back because been before being below best better between both came come comes could days decided
decision does doing done during each either else even every from further gave given giving going
good great had has have having here hope into just know last less like looking made make makes
many more most much must need needed next none only other others over part really role said same
should since some something soon still such take taken than that their them then there these they
thing things think this those though through time times today together told took under until very
want wanted was week weeks well were what when where which while whole will wish with within
without would year years your yours you're you've we've we're we'd we'll they're it's that's
thank thanks thanked thankful thoughtful appreciate appreciated interview interviews interviewed
interviewing application applications applied apply candidate candidates position positions process
opportunity opportunities experience experiences skills skill background team teams company
companies people person hiring hire hired stage stages round rounds final forward moving move moved
progress update news email call calls conversation conversations meeting meet talk talking spoke
speak speaking chat career search future success luck regards wishes kind warm pleased happy glad
delighted enjoyed enjoy impressed impressive strong strength strengths area areas grow growth
feedback decide deciding consideration careful carefully reflect difficult easy clear clearly
genuinely truly sincerely work working worked job jobs care thought closes questions welcome
reply ahead tell schedule scheduled scheduling touch around particularly especially noted words
stood energy completing proper whatever outcome patience meantime keep open roles fits regularly
interviewers interviewer panel invite invited looking speaking
"""
GENERIC_WORDS = frozenset(_GENERIC.split())
MIN_DISTINCTIVE_TERMS = 3
MIN_SPECIFIC_TERMS = 2  # measured against lemmas (simplemma): bench/specific_detail.py


def _stem(word: str) -> str:
    # Crude but language-blind: "structured" and "structure" meet at "struct", "Kunden" and "Kundin"
    # do not; enough to tell whether the email draws on the notes.
    return word.strip("'-")[:6]


def distinctive_terms(notes: str, ctx: CheckContext) -> set[str]:
    """Stems of the notes' words that another candidate's email would not contain."""
    own = {_stem(w) for w in words(normalise(" ".join(
        [ctx.candidate.name, ctx.candidate.role, ctx.candidate.stage or "", ctx.profile.company])))}
    return {_stem(w) for w in words(normalise(notes))
            if len(w.strip("'-")) >= 4 and w not in GENERIC_WORDS and not w.isdigit()} - own


def not_generic(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    """How much of the email could go to anyone: it must use a few distinctive terms of the notes."""
    if not ctx.notes:
        return _not_applicable("no notes to compare with")
    terms = distinctive_terms(ctx.notes, ctx)
    used = sorted({_stem(w) for w in words(normalise(email.subject + " " + email.body))} & terms)
    if len(used) < MIN_DISTINCTIVE_TERMS:
        return _fail(f"uses {len(used)} distinctive term(s) of the notes "
                           f"({', '.join(used) or 'none'}); the rest would fit any candidate")
    return _ok(f"uses {len(used)} distinctive terms of the notes")


# Proper nouns an email may use without the notes: the calendar, languages, meeting tools, titles.
_ANY_EMAIL_NAMES = frozenset("""
    i i'm i'll i've i'd ok monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december english french german
    spanish zoom teams meet google linkedin cv hr mr mrs ms dr mme mlle herr frau sr sra srta don
    doña christmas easter lundi mardi mercredi jeudi vendredi janvier février mars avril mai juin
    juillet août septembre octobre novembre décembre montag dienstag mittwoch donnerstag freitag
    lunes martes miércoles jueves viernes enero febrero marzo abril mayo junio julio agosto
    septiembre octubre noviembre diciembre ceo cto coo cfo vp hm pm qa ux ui api faq pdf
""".split())
_NAME_LIKE = re.compile(r"(?<![\w'’-])([A-ZÀ-Ý][\w'’-]*[A-Za-zÀ-ÿ][\w'’-]*)")


def _sentence_words(sentence: str) -> list[str]:
    """The capitalised words of a sentence after its first word: names, products, tools."""
    found = [m.group(1) for m in _NAME_LIKE.finditer(sentence)]
    first = re.match(r"[\W\d_]*([\w'’-]+)", sentence)
    if found and first and found[0] == first.group(1):
        found = found[1:]
    return found


# A sentence that advises ("Some time with TypeScript would open up roles like this") or describes
# the company ("our app is built in React Native") credits the candidate with nothing.
_ADVICE = re.compile(
    r"\b(?:would|could|might|consider|recommend\w*|suggest\w*|worth|next time|brush\w* up|look into"
    r"|pourrai\w*|pourrie\w*|conseill\w*|recommand\w*|sugg[eé]r\w*|prochaine fois|approfondi\w*"
    r"|würde\w*|könnte\w*|empfehl\w*|lohnt|nächste[sn]? mal|vertief\w*"
    r"|podría\w*|recomend\w*|recomiend\w*|sugier\w*|sugeri\w*|vale la pena|próxima vez|profundiz\w*"
    r"|(?:will|would|can|could) help|tools? (?:like|such as)|practi[cs]e (?:with|on|by|using)"
    r"|has good (?:chapters|exercises|material|examples|tutorials|courses)|te animo|te ayudar\w*"
    r"|herramientas? como|practicar|vous encourage|vous aidera\w*|outils? comme|pratiquer"
    r"|hilft|helfen|tools? wie|üben|ermutige)\b",
    re.IGNORECASE,
)
_COMPANY = re.compile(r"\b(?:we|we're|our|us|nous|notre|nos|wir|unser\w*|uns|nosotros|nuestr\w*)\b",
                      re.IGNORECASE)
_ADDRESSED = re.compile(
    r"\b(?:you|your|you're|yours|vous|votre|vos|tu|ton|ta|tes|toi|sie|ihr|ihre\w*|ihnen|du|dein\w*"
    r"|dir|dich|usted|su|sus|tus|tú|ti|contigo)\b",
    re.IGNORECASE,
)


_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])(?:[A-ZÀ-Ý][\w'’-]+\s+){2,}[A-ZÀ-Ý][\w'’-]+")


def _credits_the_candidate(sentence: str) -> bool:
    if _ADVICE.search(sentence):
        return False
    return not (_COMPANY.search(sentence) and not _ADDRESSED.search(sentence))


# A tool written short in the notes and in full in the email (or the other way) is the same tool.
_ALIAS_GROUPS = (
    "k8s kubernetes", "tf terraform", "js javascript", "ts typescript", "py python",
    "pg postgres postgresql psql", "gcp google", "aws amazon", "sfdc salesforce",
    "excel spreadsheet spreadsheets sheets xls xlsx tableur tabellenkalkulation hoja", "gh github",
    "mongo mongodb", "ml machine", "pbi powerbi",
)
_ALIASES = {word[:5]: group.split()[0] for group in _ALIAS_GROUPS for word in group.split()}
# How common a word must be, in the email's language or in English, to be an ordinary word rather
# than a name ("Commercial", "Scotland", "Opera"): a Zipf frequency of 3.5 is about three uses in a
# million words (wordfreq's small lists, loaded on first use).
ORDINARY_ZIPF = 3.5


def _ordinary(word: str, language: str) -> bool:
    from wordfreq import zipf_frequency

    return any(zipf_frequency(word, code, wordlist="small") >= ORDINARY_ZIPF for code in {language, "en"})


# What the notes say was weak, and praise in the email: "low energy" in the notes, "your energy was
# infectious" in the email is a compliment made up. Not "peu de bugs" or "kaum Fehler": few faults
# is praise.
_WEAK_CUE = re.compile(
    r"\b(?:poor|weak|weakish|lacked|lacking|lack of|not enough|limited|flat|low(?=\s+(?:energy"
    r"|confidence|enthusiasm|engagement|motivation|rapport|presence))|faibles?|manque de|manque d'"
    r"|schwache?[nrms]?|wenig|mangelnde?[nrms]?|poca|falta de|escasa?)\s*", re.IGNORECASE)
# What the weak thing is, in a few words: up to the clause's end.
_WEAK_WORDS = re.compile(r"[^.,;:!?()\n]{1,60}")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_STOP_WORDS = frozenset("""the a an on in at with when while of for and or to under by about his her
    their its some any very quite really bit who that which le la les l un une des du de d sur en avec
    dans pour et ou qui que der die das den dem des ein eine einen einem mit bei im und oder von vom zu
    zum zur als el los las unos unas del con para y o sobre al que""".split())
_PREPOSITIONS = frozenset("with in on of at avec dans en sur de mit bei von vom im con sobre".split())
# Weak "experience", "skills" or "knowledge" say nothing alone: the thing is what they are of.
_GENERIC_NOUNS = frozenset("""skills skill experience knowledge understanding ability abilities work
    answers answer erfahrung erfahrungen kenntnisse kenntnis wissen verstandnis fahigkeiten
    experience expériences connaissances connaissance compétences competences maîtrise maitrise
    experiencia conocimientos conocimiento habilidades dominio""".split())


def _weak_point(rest: str) -> tuple[str, ...]:
    """The thing called weak, from the words after the cue: its head noun and any qualifier
    ("time management", "SQL", "Kubernetes" of "wenig Erfahrung mit Kubernetes")."""
    clause = _WEAK_WORDS.match(rest)
    tokens = _WORD.findall(clause.group(0) if clause else "")
    point: list[str] = []
    for index, token in enumerate(tokens[:5]):
        lower = token.lower()
        if lower in _STOP_WORDS:
            if point and all(w.lower() in _GENERIC_NOUNS for w in point) and lower in _PREPOSITIONS:
                point = []  # "experience with Kubernetes": the thing follows the preposition
                continue
            if point:
                break
            continue
        if len(token) < 3 and not token.isupper():
            break
        point.append(token)
        if len(point) == 2 or index == len(tokens) - 1:
            break
    kept = tuple(normalise(w)[:5] for w in point if w.lower() not in _GENERIC_NOUNS)
    return kept


_PRAISE = re.compile(
    r"\b(?:great|excellent|infectious|strong|impressive|impressed|loved|brilliant|superb|fantastic"
    r"|outstanding|wonderful|stood out|remarkable|excelente|genial|fantástic[oa]|remarquable|excellente?"
    r"|impressionnante?|hervorragend\w*|beeindruckend\w*|überzeugend\w*|toll\w*|stark\w*)\b", re.IGNORECASE)


def _weak_in_notes(notes: str) -> dict[tuple[str, ...], str]:
    """Each thing the notes call weak, as word stems, with the words that say so."""
    weak: dict[tuple[str, ...], str] = {}
    for cue in _WEAK_CUE.finditer(notes):
        if point := _weak_point(notes[cue.end():]):
            weak.setdefault(point, notes[cue.start():cue.end()] + " ".join(
                _WORD.findall(notes[cue.end():cue.end() + 40])[:3]))
    return weak


def _praised_but_weak(sentence: str, weak: dict[tuple[str, ...], str]) -> str | None:
    """The note saying weak what this sentence praises, if any."""
    if not _PRAISE.search(sentence):
        return None
    said = {w[:5] for w in words(normalise(sentence))}
    return next((note.strip() for point, note in weak.items() if set(point) <= said), None)


def claims_supported(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    """Every name, product or tool the email credits them with occurs in the notes: a made-up
    compliment ("your Terraform modules") is as harmful as a made-up criticism."""
    if not ctx.notes:
        return _not_applicable("no notes to check the claims against")
    german = ctx.profile.language.strip().lower() == "german"
    paragraphs = _paragraphs(email.body)
    given = normalise(" ".join([ctx.notes, ctx.candidate.name, ctx.candidate.preferred_name or "",
                                ctx.candidate.role, ctx.candidate.stage or "", ctx.profile.company,
                                ctx.profile.sender_name, ctx.profile.signature or "",
                                ctx.profile.careers_url or "", email.subject,
                                paragraphs[-1] if paragraphs else ""]))  # the sign-off names the company
    # "Dublin-Holyhead" in the notes supports "Holyhead" in the email.
    known = {part[:5] for w in words(given) for part in (w, *w.split("-")) if part}
    known |= {_ALIASES[w] for w in known if w in _ALIASES}
    language = normalise_language(ctx.profile.language) or "en"
    weak = _weak_in_notes(ctx.notes)
    for paragraph in content_paragraphs(email.body):
        for sentence in re.split(r"(?<=[.!?:;])\s+|\n+", paragraph):
            if not _credits_the_candidate(sentence):
                continue
            if (note := _praised_but_weak(sentence, weak)) is not None:
                return _fail(f"praises what the notes call weak ('{note}')", sentence.strip())
            # Ordinary words in a row of three capitals are a name: "a Lean Six Sigma Green Belt".
            # The sentence's first word is capitalised anyway: "Your Kafka Streams consumer" is no run.
            rest = re.sub(r"^\W*[\w'’-]+", "", sentence)
            named = {w for run in _CAPITALISED_RUN.findall(rest) for w in run.split()}
            for word in _sentence_words(sentence):
                plain = word.strip("'’-").removesuffix("'s").removesuffix("’s")
                # Short acronyms ("CS", "CRO") stand for too many things to judge.
                if plain.rstrip("s").isupper() and len(plain) <= 5:
                    continue
                # German capitalises every noun: there only CamelCase words are names.
                if german and ("-" in plain or not any(c.isupper() for c in plain[1:])):
                    continue
                parts = [w for w in words(normalise(plain)) if len(w) > 2]
                if any(w in _ANY_EMAIL_NAMES or w.rstrip("s") in _ANY_EMAIL_NAMES for w in parts):
                    continue
                if word not in named and all(_ordinary(w, language) for w in parts):
                    continue  # an ordinary word, capitalised: not a name the notes must support
                if parts and not any(w[:5] in known or _ALIASES.get(w[:5]) in known for w in parts):
                    return _fail(f"'{plain}' is not in the notes: every claim the email makes must "
                                 "come from them", plain)
    return _ok()
