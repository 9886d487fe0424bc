"""Tone: thanks, respect, growth framed as learnable, no over-promising, signed by a person."""

from __future__ import annotations

from ..models import Decision
from .base import (
    CLOSING_LINE,
    NAME_LINE,
    TEAM_SIGNATURE,
    CheckContext,
    Cues,
    EmailUnderCheck,
    Verdict,
    _fail,
    _not_applicable,
    _ok,
    _paragraphs,
    _signature_lines,
)

THANKS = Cues(
    r"\b(thank|thanks|grateful|appreciate[ds]?|merci|remercie\w*|danke|dank|bedanke\w*|gracias|"
    r"agradec\w*)\b",
)


def thanks_candidate(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    if THANKS.search(email.body):
        return _ok()
    return _fail("the email never thanks the candidate")


HARSH_WORDS = Cues(
    r"\b(sloppy|careless(ly|ness)?|lazy|laziness|arrogan(t|ce)|rude|incompetent|useless|terrible|"
    r"awful|pathetic|mediocre|clueless|unprofessional|embarrassing|frankly|"
    # The news may be disappointing to hear; the candidate's work never is.
    r"(?<!be )(?<!this is )(?<!that is )(?<!it is )(?<!it.s )(?<!feel )"
    r"disappointing(?! news| to hear| for you| outcome)|"
    # ... but "it is disappointing that your code had no tests" is about the work.
    r"disappointing (that|how) your (?!application|candidacy)|"
    r"culture fit|cultural fit|basic mistake|(wasn't|was not|not) your finest|normal person|"
    r"(haven't|didn't|did not|have not) (even )?bother(ed)?|far more seriously|"
    r"full of (typos|mistakes|errors)|wall of jargon|drag(ged)? .{0,30} out of you|"
    r"bit of a mystery|as you('ve| have)? probably guessed|waste of (our|my) time|"
    # French, German, Spanish
    r"bâclée?s?|négligée?s?|(?<!nouvelle )décevante?s?(?! nouvelle)|médiocres?|inacceptables?|"
    r"lamentables?|n'importe quoi|"
    r"nachlässig\w*|schlampig\w*|(?<!nachricht )(?<!nachricht ist )(?<!nachricht sehr )(?<!entscheidung )"
    r"(?<!entscheidung ist )(?<!das ist )(?<!ist sicher )enttäuschend\w*(?! für sie| für dich| zu hören)|"
    r"peinlich\w*|unprofessionell\w*|mangelhaft\w*|"
    r"offensichtlich nicht|das mindeste|unbrauchbar\w*|nicht brauchbar|anfängerfehler\w*|katastrophal\w*|"
    r"rookie mistakes?|amateurish|beginner's mistakes?|erreurs? de débutant|inutilisables?|catastrophiques?|"
    r"errore?s? de principiante|inservibles?|desastros[oa]s?|"
    r"descuidad[oa]s?|(?<!noticia )(?<!noticia es )(?<!noticia sea )(?<!resultado )(?<!esto es )"
    r"(?<!sea )decepcionante(?! noticia| para ti| para usted| de escuchar)|"
    r"mediocres?|chapuza|inaceptable|poco profesional|lo mínimo|"
    # Broad cues, with the kind phrasings as exceptions: "para un analista, lo más básico es saber
    # SQL" is condescending, "dominas desde lo más básico" is not.
    r"(?<!desde )(?<!de )(?<!hasta )lo más básico|(?<!puedes )(?<!puede )(?<!podrás )"
    r"(leer|leído|leíste|leyó|releer) la descripción del puesto|"
    r"(?<!you can )(?<!you may )(?<!feel free to )(?<!as you )(?<!as you'll have )(?<!as you will have )"
    r"read the job description(?! again(?! properly)| before (the|your) (next|final))|"
    # Remarks on who the candidate is, not a compliment: "votre personnalité ne colle pas", not
    # "votre personnalité chaleureuse".
    r"(votre|ta) personnalité(?! (chaleureuse|attachante|rayonnante|dynamique|solaire|enthousiaste"
    r"|positive|pétillante|ouverte|engagée|et votre (énergie|enthousiasme|curiosité)"
    r"|a (beaucoup |vraiment )?plu"
    r"|nous a (beaucoup |vraiment )?(plu|marqués?|touchés?)|a marqué|est un atout|a été (très )?appréciée))|"
    r"en phase avec (notre|la) culture)\b",
)


def no_harsh_words(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    """Never harsh, blaming, sarcastic or about the person (English phrases)."""
    hit = HARSH_WORDS.search(email.subject + "\n" + email.body)
    if hit:
        return _fail(f"'{hit}' is harsh, blaming or about the person; describe what "
                           "was observed and how to build it", hit)
    return _ok()


GAP_CUES = Cues(
    r"\b(weaker|gap|needed more|need(ed)? someone|we'd have liked|would have liked|didn't|did not|"
    r"wasn't|haven't|hasn't|lack(ed|ing)?|missing|struggled|area to (grow|work on)|"
    r"where we needed|not (yet )?(enough|as much))\b",
)
LEARNABLE_CUES = Cues(
    r"\b(learn\w*|practi[cs]\w*|build\w*|develop\w*|strengthen\w*|grow\w*|rounds? out|great way|"
    r"next step|try(ing)?|course|getting (involved|comfortable|closer)|work(ing)? (through|on)|"
    r"adding|partnering|brush(ing)? up|reading up|acquire\w*|improve\w*|shadow\w*|"
    r"would (help|make|strengthen|build|put|give))\b",
)
DEMANDS = Cues(
    r"\b(you('ll| will) need to (fix|take|improve|learn|work|sort)|you (must|have to) (fix|improve|"
    r"learn|take)|needs? to fix)\b",
)


def growth_is_learnable(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    """An area to grow says how it can be built, and is not a demand."""
    demand = DEMANDS.search(email.body)
    if demand:
        return _fail(f"'{demand}' is a demand; frame the gap as something they can "
                           "learn or practise", demand)
    if email.areas_to_grow is not None:
        for item in email.areas_to_grow:
            if not LEARNABLE_CUES.search(item.point):
                return _fail(f"area to grow '{item.point[:60]}' says what was missing but "
                                   "not how to build it", item.point)
        return _ok()
    if ctx.profile.language.strip().lower() != "english":
        return _not_applicable(f"free text in {ctx.profile.language} is not read")
    if ctx.decision is Decision.REJECT and GAP_CUES.search(email.body) \
            and not LEARNABLE_CUES.search(email.body):
        return _fail("names a gap but never frames it as something they can learn or build")
    return _ok()


OVER_PROMISE = Cues(
    r"\b((i'm|i am|we're|we are) (certain|sure|confident) (that )?(we'll|we will|there will|"
    r"there'll|you'll be (hired|offered|selected|joining))|perfect (role|fit|position|job) for you|"
    r"skip (straight )?(to|past)|fast-?track|guarantee\w*|(i|we) promise|first in line|"
    r"(next|future) (opening|role|position|vacancy) will (surely |certainly )?be (a |the )?(perfect|ideal)|"
    r"(would|'d) (like|love) to hire you|the (job|role|position) is (basically |practically |pretty much "
    r"|as good as |all but )?yours|there will be a role for you|"
    r"definitely (have|be|hire|offer)|(fully|really) expect (that )?you('ll| will)|"
    r"(?<!not )(?<!no )(?<!never )\ba (mere )?formality|"
    r"(surprised|surprise) if (you weren't|you were not|you didn't|you did not|you don't|you won't)|"
    r"(you'll|you will) (sail|breeze) through|as good as (yours|done|certain|signed)|"
    r"(will|'ll) (definitely|certainly|surely) (find|have|be|get)|there('ll| will) (definitely|certainly"
    r"|surely) be|"
    r"(une|qu'une) (simple )?formalité|(je suis|nous sommes) (certaine?s?|sûre?s?|convaincue?s?) que (nous"
    r" (pourrons|allons|vous ferons|vous proposerons)|vous (serez|aurez|ferez partie|rejoindrez))|"
    r"(ich bin|wir sind) (uns )?(sicher|überzeugt|zuversichtlich), dass (wir ihnen|wir dir|sie|du) (bald )?"
    r"(ein angebot|die stelle|zu uns|bei uns|teil)|le poste est (à vous|pour vous)|c'est (gagné|acquis)|"
    r"(reine|nur eine) formsache|die stelle (ist|gehört) (ihnen|dir)|so gut wie (sicher|eingestellt)|"
    r"(una|solo una|pura) formalidad|cuesti[oó]n de formalidades|"
    r"(el puesto|la plaza) es (pr[aá]cticamente |casi |ya )?(tuy[oa]|suy[oa])|"
    r"(seguro|sin duda) (que )?(te|le) (contrataremos|ofreceremos)|"
    r"(estoy|estamos) (convencid[oa]s?|segur[oa]s?) de que (muy )?(pronto )?(formarás|formará|serás"
    r"|será|te unirás|se unirá|estarás) (parte|con nosotros|en el equipo))\b",
)


def no_over_promising(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    hit = OVER_PROMISE.search(email.body)
    if hit:
        return _fail(f"'{hit}' promises what no one can commit to", hit)
    return _ok()


def signed_by_a_person(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    if email.strengths is not None:
        # Our code signs every draft from the profile: nothing a model could fix.
        return _not_applicable(f"signed from the profile ({ctx.profile.sender_name})")
    paragraphs = _paragraphs(email.body)
    lines = _signature_lines(paragraphs[-1]) if paragraphs else None
    if not lines:
        return _fail("no sign-off: end with a closing line and a person's name")
    signer = next((line for line in lines if not CLOSING_LINE.search(line)), "")
    if not signer or TEAM_SIGNATURE.search(signer) or not NAME_LINE.match(signer):
        shown = signer or lines[0]
        return _fail(f"signed '{shown}', not by a person", shown)
    return _ok(f"signed by {signer}")
