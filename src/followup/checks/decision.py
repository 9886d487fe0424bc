"""Decision: the email says what was decided, and nothing the decision does not allow."""

from __future__ import annotations

from ..models import Decision
from .base import (
    CheckContext,
    Cues,
    EmailUnderCheck,
    Verdict,
    _fail,
    _ok,
    _sentences,
)

NEGATION = Cues(
    r"\b(not|no|never|unable|won't|cannot|can't|isn't|aren't|wasn't|unfortunately|regret|"
    r"decline[ds]?|nicht|kein\w*|leider|ne|pas|jamais|malheureusement|nunca|lamentablemente)\b"
    r"|n't\b|\bn'",
)
# What makes a rejection or a hold read as an offer or a next round.
ADVANCE_CUES = Cues(
    r"\b(offer you|an offer|job offer|pleased to offer|welcome (you )?(aboard|to the team)|you(['’]ve| have) "
    r"been (hired|selected)|congratulations|next round|next stage|"
    # Not "moving forward with other candidates", a rejection.
    r"(move|moving) (you )?forward(?! with (other|another|a different|someone|a candidate))|"
    r"advance you|advancing|progress(ing)? (you )?to|"
    r"invite you (to|for) (the|a|an|our) (next|final|second|third|onsite|on-site)|"
    r"einladen|nächsten? runde|prochaine étape|étape suivante|vous inviter|"
    r"siguiente (fase|etapa|entrevista)|próxima (fase|etapa|entrevista)|invitarle|invitarte)\b",
)
# In a rejection, further contact about what comes next is a process that goes on; in a hold it is
# exactly what the email should say.
NEXT_STEPS_PROMISED = Cues(
    r"\b((be in touch|get back to you|contact you|reach out)[^.!?]{0,50}\bnext steps|"
    r"(en contacto|contactaremos|escribiremos|llamaremos)[^.!?]{0,60}\b(siguientes|próximos) pasos|"
    r"(reviendrons vers (vous|toi)|recontacterons)[^.!?]{0,60}\bprochaines étapes|"
    r"(melden uns|kontaktieren)[^.!?]{0,60}\bnächsten schritt(e|en))\b",
)
# An advance says it, in many ways: an invitation, the next step named, a wish to meet again.
ADVANCE_SAID = Cues(
    ADVANCE_CUES.source
    + r"|\b((like|love|happy|pleased|glad|excited) to (invite|have|see|bring|meet|schedule|set up|"
      r"welcome|move)|(like|love|want) you to (meet|join|come|talk|speak)|invit(e|ing) you|"
      r"invitation|as the next step|next steps?|final round|"
      r"second round|onsite|on-site|(second|final|next) interview|"
      r"(continue|progress|take) (the process|things|your application) (with you|further|forward|to)|"
      r"(like|love) for you to (meet|join|come|talk|speak)|"
      r"poursuivre (avec vous|le processus)|seguir adelante con (tu|su) candidatura|"
      r"(encantaría|gustaría) que (conozcas|conocieras|vengas|vinieras|pases|pasaras)|"
      r"laden (sie|dich|euch)\b.{0,60}\bein|einladung|(sind|bist|seid) (\w+ )?eingeladen|"
      r"nächste[nr]? (schritt|gespräch|termin)|"
      r"(zweite|finale|letzte)[nr]? (runde|gespräch)|"
      r"inviter|invitation|vous proposer (une|un) (visite|entretien|rencontre|échange)|"
      r"prochaine? (entretien|rencontre|tour)|(second|dernier) entretien|"
      r"étape (finale|suivante)|(dernière|prochaine) étape|passer à l'étape|final stage|last stage|"
      r"etapa final|fase final|última (fase|etapa)|(letzte|finale)[nr]? (schritt|phase|etappe)|"
      r"(aimerions|souhaitons|voudrions) vous (revoir|rencontrer|présenter|recevoir)|"
      r"invitar\w*|invitamos|siguiente paso|próximo (paso|encuentro)|segunda (entrevista|ronda)|"
      r"nos gustaría (verte|conocerte|volver a|presentarte|que)|"
      r"made it (to|through to) the (next|final|last|second)|(through|on) to the (next|final|last) "
      r"(round|stage|step)|(slots?|times?|dates?) (works?|suits?) for (a|the|your) (second|next|final)|"
      r"see you again (for|at|on)|poursuivre (le processus|l'aventure|les échanges) avec vous|"
      r"persönlich kennenlernen|seguir contando contigo|continuar (el proceso )?contigo|"
      # An invitation to the next stage by its name: "vous convier à notre journée de sélection";
      # the stage's name alone is no invitation ("thank you for coming to our assessment centre").
      r"(vous |te )?(convier|convions|convoquer|convoquons)|"
      r"(join us|attend|come to|venir à|participer à|teilnehmen an|asistir a|participar en)[^.!?]{0,30}"
      r"\b(journée de sélection|assessment (day|centre|center)|selection day|auswahltag"
      r"|jornada de selección)|"
      r"(journée de sélection|assessment (day|centre|center)|selection day|auswahltag|jornada de selección)"
      r"[^\w]{0,3}(on|le|am|el|this|next|ce|cette|nächste\w*|kommende\w*|próxim\w*|on the)\b)",
)
REJECTION_CUES = Cues(
    r"\b(unfortunately|regret\w*|unsuccessful|sadly|"
    r"(not|n't|won't|will not|are not|aren't) (be )?(moving|move|progress\w*|proceed\w*|advanc\w*|"
    r"going|taking|continu\w*|pursu\w*|offer\w*|able to offer|selected|shortlisted|successful)|"
    r"decided (not to|against)|(call|decision) not to|not (be )?(able to )?offer(ing)? you (the|this|a)|"
    # The usual English ways: "you have not been successful", "we are unable to offer you the role",
    # "we're not able to take your application forward", "moving forward with other candidates".
    r"(not|n't|has not|have not) been (successful|selected|shortlisted)|"
    # ... but not "we are not in a position to offer you a date yet" (a hold).
    r"(unable|not able|can't|cannot|can not|couldn't|could not) (to )?(offer you (the|this|a|an) "
    r"(role|position|job|post|place|contract)|take (you|your application)|progress (you|your)"
    r"|move (you|your application) (forward|ahead|on)|proceed with (you|your))|"
    r"(moving|move|go|going|proceed\w*) forward with (other|another|a different|someone|a candidate)|"
    r"selected (a|another) (candidate|applicant) (whose|who|with)|"
    r"(decided|chose|chosen|opted|going|gone|went|go) (to )?(go |move |proceed |continue )?(ahead )?"
    r"(with|in) (another|other|a different|someone|a candidate)|"
    r"not (the right|a) (match|fit) for (this|the) role|no longer (considering|moving)|"
    r"(close|closing) (your|the) application|pass on (your|this)|"
    r"(close|closing) the process with (you|your)|"
    r"offered (the|this) (role|position|job|post) to (someone|another|a candidate|other)|"
    r"(role|position|job|post|vacancy) has (now |already )?been filled|"
    r"(have|'ve) filled the (role|position)|"
    r"not (be )?able to (move|go) (ahead|forward) with (your|you)|"
    r"(chosen|chose|opted|decided) not to (progress|proceed|continue|move|take|offer|invite)|"
    r"(moving|move|go|going|gone|proceed\w*|continu\w*) ahead with (other|another|a different|someone)|"
    r"not in a position to (offer (you )?(the|this|a|an|your) (role|position|job|post|place|opportunity"
    r"|contract|offer)|progress (you|your)|"
    r"move forward with (you|your)|take (you|your))|"
    r"pursue (other|another|different) (applicants?|candidates?|profiles?)|"
    r"(it is|it's) a no\b(?!-)|a no from (us|me)|"
    r"(chose|chosen|selected|picked|went with|hired|appointed|offered it to) (another|other|a different) "
    r"(candidate|applicant|person|profile)|"
    r"(going|have|'ve|had) to pass (this time|on this occasion|for now)|"
    r"(won't|will not|not) be invit\w* you|"
    r"leider|absage|abgesagt|nicht (weiter|fort|berücksichtig|ausgewählt|in die nächste)|"
    r"nicht an(zu)?bieten|(ihnen|dir|euch) kein (stellen)?angebot|"
    r"(?<!noch )(?<!bisher )(?<!bislang )keine zusage (zu )?(geben|machen|erteilen)|"
    r"(können|werden|möchten|konnten) (ihnen |dir |euch )?(leider |diesmal |derzeit )?kein (stellen)?angebot "
    r"(machen|unterbreiten|geben|aussprechen)|"
    # "Wir haben uns für Katrin Vogel entschieden": someone else; not "für Sie" (an advance).
    # Nor a stage: "für einen Probetag entschieden".
    r"(haben|habe) (uns|mich) (\w+ )?für (?!sie\b|dich\b|ihre\b|deine\b|eine zusammenarbeit|den nächsten"
    r"|(einen|eine|ein|das|den|die|ein weiteres|einen weiteren) (probetag|probearbeit\w*|zweit\w*|nächst\w*"
    r"|weiter\w* |termin|gespräch|interview|assessment|kennenlern\w*|runde|fachgespräch|hospitation))"
    r"[\w-]+( [\w-]+)? entschieden|"
    r"sagen (wir )?(dir|ihnen|euch) (\w+ )?ab\b|(dir|ihnen|euch) (\w+ )?absagen|"
    r"nicht mit (ihnen|dir) (zu )?besetzen|"
    r"anderweitig (besetzt|vergeben)|(stelle|position) (ist |wurde )?(bereits )?(besetzt|vergeben)|"
    r"(hat es|reicht es) (diesmal |dieses mal |leider )?nicht gereicht|"
    r"(prozess|verfahren|bewerbung|gespräche)\b.{0,40}\bnicht\b.{0,30}\b(fort|weiter)|"
    r"nicht (mit (ihnen|dir) )?fort(zu)?setzen|für (eine|einen) (andere|anderen)|anders entschieden|"
    r"gegen (ihre|deine) (bewerbung|kandidatur)|gegen (eine|die) (zusammenarbeit|einstellung)|"
    r"malheureusement|regrett\w+|pas (pu )?(donner|de) suite|"
    r"ne (pas )?(donner|pourrons|pouvons(?! pas encore)|poursuivrons|continuerons|retiendrons)|"
    r"ne pas vous (proposer|offrir) (le|ce) poste|"
    r"pas en mesure de (vous )?(proposer|offrir) (le|ce|un|une) (poste|contrat|emploi)|"
    r"ne (retenons|retiendrons|poursuivons|poursuivrons|donnons|donnerons) (\w+ )?pas|"
    r"(choisi|retenu|sélectionné) (un|une) (autre|profil|candidat|candidate)|"
    r"pas (été )?retenue?s?|ne pas (retenir|poursuivre)|"
    r"(une )?autre candidature|(un )?autre profil|"
    r"lamentablemente|lamentamos|sentimos|desafortunadamente|"
    r"no (vamos|podemos|podremos|seguiremos|continuaremos|avanzaremos)\b.{0,30}\b(continu|segu|avanz)\w*|"
    r"no (podremos |podemos )?(ofrecerte|ofrecerle|te ofreceremos|le ofreceremos) (el|este) puesto|"
    r"no (hemos podido|podemos|pudimos|podremos) (seleccionarte|seleccionarle|elegirte|contar contigo)|"
    r"(hemos )?cubierto (el|la) (puesto|plaza|vacante)|"
    r"(puesto|plaza|vacante) (ya )?(está|esta|ha sido) cubiert[oa]|"
    r"no (continuar|seguir|avanzar|seguimos|continuamos|avanzamos|ha sido seleccionad|has sido "
    r"seleccionad)\w*|(decidido|optado) (no|por otr|continuar con otr|seguir con otr|avanzar con otr)|"
    r"otr[oa]s? (candidat|perfil))",
)
# What makes a rejection read as a decision still to come.
HOLD_CUES = Cues(
    r"\b((keep|put|hold) your application (on hold|aside|open)|"
    r"keep (the|our) (conversation|door|dialogue) open|may (well )?(come|get) back to you|"
    r"(come|get) back to you (\w+ ){0,2}if (anything|something|things) changes?|"
    r"review(ing)? (the|your|our) (shortlist|application|candidacy) again|"
    r"gardons votre (dossier|candidature) (de côté|en attente|sous le coude)|"
    r"(halten|behalten) (ihre|deine) bewerbung (offen|zurück)|"
    r"mantenemos (tu|su) candidatura (en espera|abierta))\b",
)
# A pending decision says roughly when they will hear: a day, a date, a span of time.
WHEN_CUES = Cues(
    r"\b(day|days|week|weeks|fortnight|month|tomorrow|monday|tuesday|wednesday|thursday|friday|"
    r"weekend|january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jours?|semaines?|quinzaine|mois|demain|lundi|mardi|mercredi|jeudi|vendredi|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"tage?n?|wochen?|monat(s|en)?|morgen|montag|dienstag|mittwoch|donnerstag|freitag|wochenende|"
    r"januar|februar|märz|juni|juli|oktober|dezember|"
    r"días?|semanas?|quincena|mes|mañana|lunes|martes|miércoles|jueves|viernes|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    # Seasons, holidays and quarters: "after Easter", "à la rentrée", "bis Ende des Quartals".
    r"end of (the )?quarter|sous huitaine|kw ?\d{1,2})\b"
    # A holiday or a season only after a word of time: "after Easter", "à la rentrée", "bis Ende
    # des Quartals"; not "your Christmas campaign", "Primavera P6", "Spring Boot", "a été".
    r"|\b(before|after|by|over|until|around|in|in the|à la|à|après|avant|d'ici|pour|fin|nach|vor|bis"
    r"|bis zu|zu|im|über|antes de|después de|antes|después|tras|hasta|en|para)"
    r" (the |les |den |die |der |dem |el |la "
    r"|las |del |al |ende des |fin de |finales de |le |l')?(new year|easter|christmas|half-term|rentrée"
    r"|trimestre|semestre|pâques|noël|automne|hiver|printemps|ostern|weihnachten|sommer\w*|herbst|frühjahr"
    r"|frühling|quartals?|halbjahr(es)?|\w*ferien|verano|otoño|invierno|primavera|navidad"
    r"|semana santa)\b"
    r"|\b\d{1,2}(st|nd|rd|th)\b|\b\d{1,2}[./]\d{1,2}\b|\b(bis|am|zum|vom) \d{1,2}\.|\b\w+(tag|woche)\b"
    # A day of the month alone: "d'ici le 20", "antes del 15", "by the 20".
    r"|\b(d['’]ici le|avant le|au plus tard le|antes del|hasta el|by the|before the) \d{1,2}\b(?!\s*[a-z%])",
)
# ... in the future: "last Thursday" is when they interviewed, not when they will hear.
PAST = Cues(r"\b(last (week|month|year|time|\w+day)|\w+ ago|yesterday|(semaine|mois|\w+di) derni[eè]re?|"
            r"hier|(letzte[nmrs]?|vergangene[nmrs]?) (woche|monat|\w+tag)|gestern|"
            r"(semana|mes|\w+es) pasad[oa]|hace \w+ (días|semanas)|ayer)\b")


def decision_respected(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    """A rejection never reads as an offer or a next round; an advance never as a rejection."""
    text = email.subject + "\n" + email.body
    # Sentence by sentence only when the whole text has a cue: a cue in a sentence is a cue in the
    # text, and most drafts have none, so one scan instead of one per sentence.
    reads_forward = {Decision.REJECT: (ADVANCE_CUES, NEXT_STEPS_PROMISED), Decision.HOLD: (ADVANCE_CUES,)}
    for cues in reads_forward.get(ctx.decision, ()):
        if cues.search(text):
            for sentence in _sentences(text):
                cue = cues.search(sentence)
                if cue and not NEGATION.search(sentence):
                    return _fail(f"reads as moving forward ('{cue}') but the decision is "
                                       f"{ctx.decision}", sentence.strip())
    if ctx.decision in (Decision.ADVANCE, Decision.HOLD) and REJECTION_CUES.search(text):
        for sentence in _sentences(text):
            cue = REJECTION_CUES.search(sentence)
            if cue:
                return _fail(f"reads as a rejection ('{cue.strip()}') but the decision "
                                   f"is {ctx.decision}", sentence.strip())
    if ctx.decision is Decision.REJECT and (hold := HOLD_CUES.search(text)):
        return _fail(f"reads as a decision still to come ('{hold}') but the decision is reject", hold)
    if ctx.decision is Decision.REJECT and not REJECTION_CUES.search(email.body):
        return _fail("never says clearly that they are not moving forward")
    if ctx.decision is Decision.ADVANCE and not ADVANCE_SAID.search(email.body):
        return _fail("never says that they are moving to the next round")
    if ctx.decision is Decision.HOLD and not any(
            WHEN_CUES.search(sentence) and not PAST.search(sentence)
            for sentence in _sentences(email.body)):
        return _fail("a pending decision must say roughly when they will hear back")
    return _ok()


REAPPLY = Cues(
    r"\b(re-?apply|apply again|applying again|apply (for|to) (future|other|another)|"
    r"future (openings|roles|opportunities|positions|vacancies)|keep an eye on (our|the) (careers|jobs)|"
    r"(keep|hold) (your|you) (details|cv|résumé|resume|application|profile)? ?(on file|in mind)|"
    r"on file for future|hear from you again|"
    r"(re)?postuler (à nouveau|de nouveau)|repostuler|"
    r"futur(e|s|es) (offres|postes|opportunités|recrutements)|"
    r"(erneut|wieder|nochmals|noch einmal) (zu )?bewerben|bewerben sie sich (\w+ ){0,2}(wieder|erneut)|"
    r"künftige[nr]? (stellen|ausschreibungen|"
    r"positionen)|"
    r"volver a (presentarte|postularte|aplicar|recibir tu candidatura|presentarse|postularse)|"
    r"futuras (vacantes|ofertas|oportunidades|posiciones))\b",
)


def reapply_only_if_hiring(email: EmailUnderCheck, ctx: CheckContext) -> Verdict:
    hit = REAPPLY.search(email.body)
    if hit and not ctx.profile.hires_actively:
        return _fail(f"invites them back ('{hit}') but the profile says the company is "
                           "not hiring actively", hit)
    if hit and ctx.decision is not Decision.REJECT:
        return _fail(f"invites them to apply again ('{hit}') in a {ctx.decision} email", hit)
    return _ok()
