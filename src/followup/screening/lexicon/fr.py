"""French: protected characteristics and scores in depth, the other categories' common phrasings.

Written without accents: text and patterns are both folded ("âgée" -> "agee") before matching.
"""

from ..findings import Category
from . import Lexicon

C = Category

# Adjectives of origin, masculine and feminine, singular and plural (folded).
ORIGINES = (
    r"(?:algerien|marocain|tunisien|senegalais|malien|ivoirien|camerounais|congolais|guineen|africain"
    r"|maghrebin|arabe|turc|turque|kurde|libanais|syrien|iranien|afghan|pakistanais|indien|sri-lankais"
    r"|chinois|vietnamien|cambodgien|japonais|coreen|asiatique|philippin|portugais|espagnol|italien"
    r"|polonais|roumain|bulgare|russe|ukrainien|serbe|albanais|americain|bresilien|colombien|mexicain"
    r"|haitien|antillais|guadeloupeen|martiniquais|reunionnais|comorien|malgache|juif|gitan|rom"
    r"|etranger|immigre)(?:ne|e)?s?"
)

LEXICON = Lexicon(
    language="fr",
    macros={
        "ORIGINES": ORIGINES,
        "ADV": r"(?:(?:un peu|trop|plus|assez|tres|bien|deja|relativement|moins|peu|vraiment|plutot"
               r"|clairement|visiblement|sans doute|probablement|si|tellement)\s+)*",
        "SUJET": r"(?:il|elle|le candidat|la candidate|iel)",
        "AGE_NUM": r"(?:1[6-9]|[2-9]\d)",
    },
    endings=("e", "s", "es", "x"),
    words={
        C.AGE: """
            quinquagenaire* quadragenaire* sexagenaire* trentenaire* quarantenaire* cinquantenaire*
            date_de_naissance boomer* millennial* jeunot* vieillissant*
        """,
        C.FAMILY: """
            enceinte* grossesse* maternite paternite conge_parental conges_parentaux conge_maternite
            conge_paternite conge_mat creche nounou allaite* allaitement bebe* divorce* epoux epouse
            conjoint conjointe conjoints concubin* pacse* celibataire* monoparental* garde_d'enfants
            nourrisson* veuf veuve fiance fiancee en_couple
            maman_solo papa_solo parent_solo mere_isolee pere_isole parent_isole
            pma fiv
        """,
        C.HEALTH: """
            handicap* rqth fauteuil_roulant malade malades maladie maladies burn-out burnout
            arret_maladie arrets_maladie depression depressif depressive cancer chimio* diabete
            diabetique* epilep* autis* tdah dyslexi* dyspraxi* sourd sourde sourds sourdes aveugle*
            insuline coeliaque menopaus*
            malvoyant* malentendant* begaie* begaiement bipolaire schizophren* sante_mentale
            medicament* hospitalise* hospitalisation obese obesite surpoids invalidite
            mi-temps_therapeutique psychiatr* neuroatypique* anxiete trouble_anxieux
            troubles_anxieux hernie* discale discales
        """,
        C.RELIGION: """
            religi* musulman* islam juif juive juifs juives judaisme chretien* catholique* protestant*
            hindou* sikh* bouddhis* athee* kippa turban* hijab burqa niqab ramadan careme shabbat
            sabbat casher kasher halal messe eglise* mosquee* synagogue* pratiquant* croyant* imam
            pretre rabbin
        """,
        C.ORIGIN: """
            ethnie* ethnique* immigre* immigration nationalite* langue_maternelle
            couleur_de_peau metis metisse* beur rebeu renoi maghrebin* sans-papiers
        """,
        C.SEX: """
            feminin* masculin* sexe sexiste sexisme femme femmes fille filles nana nanas
        """,
        C.ORIENTATION: """
            homosexuel* gay gays lesbienne* bisexuel* transgenre* transsexuel* non-binaire* queer
            lgbt* orientation_sexuelle identite_de_genre
        """,
        C.SCORE: """
            avis_favorable avis_defavorable
        """,
        C.COMPARISON: """
            autre_candidat autre_candidate autres_candidats autres_candidates finaliste finalistes
        """,
        C.COMPENSATION: """
            salaire* remuneration* pretentions pretention_salariale fourchette brut_annuel
            package_salarial grille_salariale augmentation_de_salaire
        """,
        C.CHARACTER: """
            arrogant* paresseu* pretentieu* hautain* condescendant* feignant* faineant* fumiste*
            insupportable* desagreable* antipathique* imbuvable* mal_eleve* cretin*
            idiot* fit_culturel culture_fit pimbeche* tete_a_claques grande_gueule
            princesse* diva divas
        """,
    },
    phrases=[
        # Batch v, dev half (eighth session).
        (C.HEALTH, "sous_traitement", "traitement sclerose",
            r"\bsous traitement (?:pour|contre|depuis)\b|\bsclerose (?:en plaques|laterale)\b"),
        # Lot u, moitié dev.
        (C.RELIGION, "catho", "catho cathos",
            r"\b(?:tres |assez |super )?cathos?\b"),
        (C.COMPARISON, "au_dessus_des_autres", "autres",
            r"\bau-dessus des (?:deux|trois|quatre|cinq|\d+) autres\b|\bdes (?:deux|trois|quatre|\d+) autres"
            r" (?:vus|vues|candidats|candidates)\b"),
        (C.COMPARISON, "la_numero_un", "=n°",
            r"\b(?:la|le) n°\s?[1-5]\b"),
        (C.ORIENTATION, "mariee_a_une_femme", "marie mariee",
            r"\bmariee? (?:a|avec) (?:un|une) (?:homme|femme)\b"),
        (C.HEALTH, "crises_dangoisse", "angoisse traitement",
            r"\bcrises? d'angoisse\b|\bprend un traitement\b"),
        (C.COMPARISON, "retenu_une_candidate_qui", "retenu choisi recrute pris embauche",
            r"\b(?:retenu|choisi|recrute|pris|embauche) (?:une?|l') (?:autre )?(?:candidate?|personne)"
            r" (?:qui (?:compte|a |avait|possede|dispose|justifie)|avec|ayant|dont l'experience)"),
        # Batches s and t (seventh session).
        (C.COMPARISON, "meilleure_des_n", "meilleur meilleure pire",
            r"\b(?:le |la )?(?:meilleure?|pire) des (?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix)\b"),
        (C.COMPARISON, "que_le_candidat_de", "candidat candidate",
            r"\bque (?:le|la|l'autre) (?:candidat|candidate|autre)(?: de| du| d'| d'hier| de ce matin)\b"
            r"|\bque l'autre (?:candidat|candidate)\b"),
        (C.COMPARISON, "pris_quelquun", "pris choisi retenu recrute embauche",
            r"\b(?:on a|nous avons|avons|on va|on a donc) (?:\w+ )?(?:pris|choisi|retenu|recrute|embauche)"
            r" (?:quelqu'un|un autre|une autre|l'autre)\b"),
        (C.INSTRUCTION, "pour_le_modele", "modele assistant ia outil redacteur",
            r"\b(?:pour|note pour|a|a l'attention de) (?:le |la |l')?(?:modele|assistant|ia|outil|redacteur)"
            r"(?: qui (?:redige|ecrit))?\s*:"),
        (C.AGE, "encore_un_gamin", "gamin gamine gosse ado",
            r"\bencore (?:un|une) (?:gamin|gamine|gosse|ado|gamin\w*)\b"),
        (C.AGE, "ne_le_date", "ne nee",
            r"\bnee? le \d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d\b"),
        (C.CHARACTER, "bizarre_lunaire", "bizarre lunaire chelou colle",
            r"\b(?:je (?:le|la) trouve|un peu|assez|tres|trop|plutot) (?:bizarre|lunaire|chelou|perche)\b"
            r"|\bcoll\w* (?:a|avec) l'equipe\b"),
        # Batches p and q, dev halves.
        (C.AGE, "une_epoque_connue",
            "minitel date telex generation",
            r"\ba connu (?:le|la|les) (?:minitel|telex|franc|francs|bip)\b|\bca date\b"
            r"|\bgeneration (?:minitel|walkman|baby-?boom\w*|mai 68|tele en noir et blanc)\b"),
        (C.HEALTH, "une_ope",
            "ope operation operee opere",
            r"\b(?:d'une|une|son|sa|apres une|apres son) (?:ope|operation) (?:du|de la|de l'|des|au|a la)"
            r" (?:dos|genou|hanche|epaule|coeur|cheville|poignet|ventre|colonne)\b"),
        (C.CHARACTER, "on_ne_la_sent_pas",
            "sent adn",
            r"\bon ne (?:le|la|les|l') sent pas\b|\bpas (?:du tout )?(?:dans|de) notre adn\b"),
        (C.COMPARISON, "choisi_une_candidate_qui",
            "choisi retenu selectionne prefere",
            r"\b(?:avons|a|ont|avions) (?:choisi|retenu|selectionne|prefere) (?:un"
            r"|une) (?:autre )?(?:candidat"
            r"|candidate|profil|personne) (?:qui|dont|avec|plus|ayant)\b"),
        (C.COMPARISON, "candidat_interne",
            "interne retenu choisi pris",
            r"\b(?:retenu|choisi|pris|privilegie) (?:le|la) (?:candidat|candidate|profil) (?:interne"
            r"|externe)\b"),
        # "Elle a 52 ans", not "il a 8 ans d'expérience" nor "trois ans chez un éditeur".
        (C.AGE, "ans",
            "ans",
            r"\b(?:a|ai|avait|aura|agee? de|d'environ|de|environ|fete ses|fetera ses|bientot"
            r"|tout juste|juste|deja|presque|pres de|plus de|moins de|vers)\s+{AGE_NUM}\s*ans\b"
            r"(?!\s*(?:d'|de |chez|dans|en |sur|au |aux |a |comme|pour|d\u2019))"),
        (C.AGE, "adjectif",
            "agee agees age ages jeune jeunes vieux vieille vieilles",
            r"\b{ADV}(?:un peu|trop|plus|assez|tres|bien|deja|relativement|moins|peu)\s+"
            r"(?:agee?s?|jeunes?|vieux|vieille|vieilles)\b(?! (?:entreprise|societe|start-?up|equipe"
            r"|version|code|projet|produit|marche|technologie)s?)"),
        (C.AGE, "semble_age",
            "semble parait air fait",
            r"\b(?:semble|parait|a l'air|fait)\s+{ADV}(?:agee?|vieux|vieille|jeune)\b"),
        (C.AGE, "retraite",
            "retraite",
            r"\b(?:proche|pres|avant|depart|partir|age|loin|a l'approche) (?:de |a )?la retraite\b"
            r"|\ba quelques (?:annees|ans|mois) de (?:la|sa|votre) retraite\b"
            r"|\bbientot (?:a )?la retraite\b"),
        (C.AGE, "son_age",
            "age nee ne diplome diplomee promo promotion",
            r"\b(?:son|a son|de son|vu son|compte tenu de son) age\b|\bage\s*:\s*\d"
            r"|\b(?:nee?|diplomee?|diplome obtenu|promo|promotion) (?:en )?(?:19[4-9]\d|20[0-2]\d)\b"),
        (C.AGE, "decennie",
            "vingtaine trentaine quarantaine cinquantaine soixantaine",
            r"\b(?:la|sa|une|la bonne) (?:vingtaine|trentaine|quarantaine|cinquantaine"
            r"|soixantaine)\b(?! (?:de|d'))"),
        (C.AGE, "jeune_personne",
            "jeune vieil vieux vieille",
            r"\b(?:jeune|vieil|vieux|vieille) (?:homme|femme|fille|garcon|candidat"
            r"|candidate|recrue|monsieur|dame)\b"),
        (C.FAMILY, "enfants", "enfant enfants fils fille filles bebe bebes jumeaux gamin gamins ados",
            r"\b(?<!d')(?<!d’)(?:\d|un|une|deux|trois|quatre|cinq|ses|des|petits|jeunes|mes|son|sa|a des"
            r"|a deux|a trois)"
            r"\s+(?:petits? |jeunes |)(?:enfants?|fils|fille|filles|bebes?|jumeaux|gamins?|ados)\b"
            r"(?! (?:processus|noeuds?|elements?|composants?|classes?|taches?))"),
        (C.FAMILY, "parent_de",
            "mere pere maman papa parent parents celibataire",
            r"\b(?:mere|pere|maman|papa|parent)s? (?:de|d')\s*(?:\d|un|une|deux|trois"
            r"|quatre|cinq|jumeaux|famille nombreuse)\b|\b(?:jeune|future?|nouvelle?) (?:maman|papa|mere"
            r"|pere|parent)\b|\bmere celibataire\b|\bpere celibataire\b"),
        (C.FAMILY, "conjoint",
            "mari femme epouse conjoint conjointe compagne compagnon copain copine fiance fiancee "
            "partenaire",
            r"\b(?:son|sa) (?:mari|femme|epouse|conjoint|conjointe|compagne|compagnon"
            r"|copain|copine|fiance|fiancee|partenaire)\b"),
        (C.FAMILY, "marie",
            "marie mariee maries mariees",
            r"\b(?:est|sont|etait|recemment|jeune|tout juste|vient de se|s'est|se) mariee?s?\b"),
        (C.FAMILY, "famille",
            "famille familiale familiales familial enfant bebe",
            r"\b(?:situation|vie|projet|raisons|contraintes|obligations) (?:de famille"
            r"|familiale?s?)\b|\bprojet (?:d'enfant|de bebe)\b|\bfonder une famille\b"),
        (C.HEALTH, "sante",
            "sante maladie handicap traitement therapie medecin psy*",
            r"\b(?:problemes?|soucis|etat|raisons) de sante\b|\b(?:son|sa) (?:sante|maladie"
            r"|handicap|traitement|therapie|medecin)\b|\b(?:voit|consulte) un psy\w*\b"),
        (C.HEALTH, "operation", "opere operee", r"\b(?:a ete |s'est fait )?opere(?:e)? (?:du|de la|des)\b"),
        (C.RELIGION, "porte_voile",
            "voile foulard kippa turban croix hijab niqab voilee",
            r"\bporte (?:le|un|une) (?:voile|foulard|kippa|turban|croix|hijab"
            r"|niqab)\b|\b(?:femme )?voilee\b"),
        (C.RELIGION, "prie",
            "prie priere prieres foi ramadan careme",
            r"\b(?:il|elle) prie\b|\bprieres?\b(?! de)|\bsa foi\b|\bfait (?:le|la) "
            r"(?:ramadan|careme|priere)\b"),
        (C.ORIGIN, "origine",
            "origine origines",
            r"\b(?:d'|de |son |sa |ses )origines? (?:{ORIGINES}|etrangere)\b"
            r"|\borigine\s*:\s*\w+"),
        (C.ORIGIN, "est_origine",
            "{ORIGINES}* noir* black arabe blanc* etranger* francais* anglais* allemand*",
            r"\b{SUJET} (?:est|semble|a l'air|parait) {ADV}(?:{ORIGINES}|noire?"
            r"|black|arabe|blanche?|etrangere?|francais|francaise|anglais|anglaise|allemande?)\b"),
        (C.ORIGIN, "accent",
            "accent",
            r"\b(?:fort|forte|leger|lourd|gros|petit|un|son|avec un|sans|sacre) accent\b"
            r"(?! (?:sur|mis))|\baccent (?:etranger|africain|{ORIGINES}|du sud|marque|prononce|tres)\b"),
        (C.ORIGIN, "langue",
            "langue natif locuteur locutrice ne etranger etrangere",
            r"\bn'est pas (?:sa|son) (?:langue|premiere langue)\b|\blocut\w* natif"
            r"|\blangue natale\b|\bne (?:a|en) (?:l'etranger|\w+ique|\w+ie)\b|\b(?:un|une) etrangere?\b"
            r"|\b(?:nom|candidat|candidate) etrangere?\b"),
        (C.SEX, "homme",
            "homme hommes",
            r"\b(?:(?:un|des|les|pour un|comme un|qu'un|entre) |en tant qu'|qu')hommes?\b"
            r"(?![\s-]jours?)"),
        (C.SEX, "physique",
            "jolie mignonne sexy canon belle",
            r"\b(?:elle est|tres|plutot|assez|vraiment) (?:jolie|mignonne|sexy|canon|belle"
            r" fille)\b|\bjolie (?:fille|femme)\b"),
        (C.ORIENTATION, "son_mari",
            "mari copain compagnon femme epouse compagne copine trans gay lesbienne couple",
            r"\bil\b[^.;\n]{0,40}\bson (?:mari|copain|compagnon)\b"
            r"|\belle\b[^.;\n]{0,40}\b(?:sa femme|son epouse|sa compagne|sa copine)\b"
            r"|\bil\b[^.;\n]{0,40}\ben couple avec un homme\b"
            r"|\belle\b[^.;\n]{0,40}\ben couple avec une femme\b"
            r"|\b(?:il|elle|iel) est (?:trans|gay|lesbienne)\b|\b(?:femme|homme|personne) trans\b"),
        (C.ORIGIN, "pays",
            "originaire vient venu venue arrive arrivee",
            r"\b(?:originaire|vient|venue?|arrivee?) (?:de |d'|du |des )(?:la |l')?(?:algerie|maroc|tunisie"
            r"|senegal|mali|cote d'ivoire|cameroun|congo|guinee|turquie|syrie|liban|iran|afghanistan"
            r"|pakistan|inde|chine|vietnam|roumanie|pologne|russie|ukraine|bresil|colombie|haiti|antilles"
            r"|afrique|asie|maghreb|etranger)\b"),
        (C.SCORE, "sur",
            "sur",
            # "3 sur 5", "14 sur 20 points"; not "3 sur 5 serveurs".
            r"\b\d{1,2}(?:[.,]\d{1,2})?\s*sur\s*(?:4|5|10|20|100)\b(?!\s*(?!points?\b)[a-z]{4,})"),
        (C.SCORE, "note",
            "note notation evaluation score mis eu obtient obtenu evalue evaluee notee",
            r"\b(?:note|notation|evaluation|score)\s*(?:globale|finale|technique|generale"
            r"|moyenne)?\s*[:=]?\s*\d|\b(?:j'ai mis|a eu|obtient|obtenu|note|evaluee?|notee?) (?:un |une )?"
            r"\d{1,2}(?:[.,]\d)?\b(?!\s*(?:ans|mois|jours|personnes|%))"),
        (C.COMPARISON, "autre",
            "autre autres meilleur meilleure bonne faible fort classe classee",
            r"\b(?:un|une|l'|les|d'|des|deux) autres? (?:candidat|candidate|candidats"
            r"|candidates|profils?|finalistes?)\b|\b(?:meilleure?|moins bonne?|plus faible|plus fort)"
            r" (?:candidat|candidate|profil)\b|\bclassee? (?:premier|premiere|deuxieme|second|seconde"
            r"|troisieme|dernier|derniere|\d)\b"),
        (C.COMPENSATION, "argent",
            "#digit budget prime primes variable",
            r"\b\d{2,3}\s?k\b(?!\s*(?:utilisateurs|requetes|lignes|clients))"
            r"|\bbudget (?:du|pour le) poste\b|\bprimes?\b|\bvariable (?:de|a) \d"),
        (C.CHARACTER, "emotive",
            "emotive emotif emotives emotifs sympa type personnage mec personne",
            r"\b(?:trop|tres|assez|bien|un peu|plutot|si) emoti(?:ve|f|ves|fs)\b"
            r"|\bpas (?:tres )?sympa\b|\b(?:bizarre|louche|lourd|lourde) (?:type|personnage|mec"
            r"|personne)\b"),
        (C.INSTRUCTION, "ignore",
            "ignore ignorez oublie oubliez tiens tenez",
            r"\b(?:ignore|ignorez|oublie|oubliez|ne tiens pas compte|ne tenez pas compte)"
            r" (?:de |des |les |toutes |tes |vos |la |l')*(?:instructions?|consignes?|regles|decision"
            r"|precedentes?)\b"),
        (C.INSTRUCTION, "embauche",
            "ecris ecrivez dis dites indique indiquez mentionne mentionnez precise precisez propose "
            "proposez poste",
            r"\b(?:ecris|ecrivez|dis|dites|indique|indiquez|mentionne|mentionnez"
            r"|precise|precisez)(?:[- ]lui)? (?:qu'|que )(?:il|elle) (?:est|a ete) (?:embauchee?|retenue?"
            r"|prise?|acceptee?)\b|\bpropose[sz]?[-\s]?(?:lui|leur) (?:le|un) (?:poste|contrat|cdi)\b"),
        # --- trouvés sur la moitié dev des lots aveugles e et f ---
        (C.COMPARISON, "l_a_emporte", "emporte devance devancee devancer",
            r"\bl'a emporte\b|\b(?:a|ont|l'a) devance\w*|\bdevant (?:l'autre|les autres)\b"),
        (C.COMPARISON, "le_meilleur_des_n", "meilleur meilleure autre",
            r"\b(?:le|la) (?:meilleure?|moins bonne?|plus faible) des (?:deux|trois|quatre|cinq|candidats"
            r"|candidates|finalistes)\b|\bje prendrais (?:plutot )?l'autre\b|\bprefere(?:rais)? l'autre\b"),
        (C.COMPENSATION, "pourcentage", "#digit",
            r"\b(?:veut|voudrait|demande|souhaite|attend|vise|exige)\s+(?:au moins |environ |un )?[+]?\s?"
            r"\d{1,2}\s?%|[+]?\s?\d{1,2}\s?%\s*(?:par rapport a|de plus que|au-dessus de) (?:son|sa|ses)"
            r" (?:poste|salaire|remuneration|fixe|package|situation)"),
        (C.FAMILY, "heureux_evenement", "heureux evenement maman papa naissance",
            r"\bheureux evenement\b|\bfuture? (?:maman|papa)\b|\bnaissance (?:a venir|prochaine)\b"),
        (C.COMPARISON, "que_celui_d_hier", "hier meilleur meilleure moins",
            r"\b(?:moins bon(?:ne)?|meilleure?|plus faible|plus fort(?:e)?) que (?:celui|celle|ceux)"
            r" (?:d'hier|de ce matin|de lundi|de mardi|de mercredi|de jeudi|de vendredi)\b"),
        (C.HEALTH, "boite",
            "boite boitait boiter",
            r"\b(?:il|elle) boit(?:e|ait)\b|\bboite (?:un peu|legerement|beaucoup|encore|toujours)\b"
            r"|\bboiter\b"),
        (C.COMPARISON, "ne_sur_n",
            "#digit",
            r"\b\d+\s?(?:e|eme|ere|er|nde?)\s+sur\s+\d+\b"
            # A contest's or a class's ranking is an achievement: "fini 1er sur 40 au concours".
            r"(?! (?:au|a la|a l'|du|de la|de sa|de la|en|dans (?:le|la|sa)) ?(?:concours|competition"
            r"|championnat|tournoi|course|promo|promotion|classe|hackathon|olympiade|marathon|master|licence"
            r"|ecole|epreuve regionale))"),
        (C.AGE, "bac_annee", "bac baccalaureat diplome diplomee",
            r"\b(?:bac|baccalaureat|diplomee?)\b[^.;]{0,15}\b(?:19[5-9]\d|200\d)\b"),
        (C.FAMILY, "bebe_en_route",
            "bebe",
            r"\bbebe en (?:route|chemin)\b|\b(?:arrivee|naissance) de (?:votre|ton|son) bebe\b"),
        (C.COMPARISON, "tete_de_liste",
            "tete 1re 1ere premiere premier",
            r"\ben tete de (?:liste|classement)\b|\b(?:la|le) (?:1re|1ere|premiere|premier|2e|deuxieme)"
            r" de la (?:matinee|journee|serie|session)\b"),
        (C.INSTRUCTION, "pour_le_mail",
            "mail courriel message outil ia",
            r"\bne pas (?:parler|mentionner|dire|evoquer)\b[^.\n]{0,50}\b(?:dans|au) (?:le )?(?:mail|courriel"
            r"|message)\b|\bl'(?:outil|ia) doit\b"),
        (C.SCORE, "calibrer_n",
            "calibrer calibre calibree",
            r"\bcalibr\w* (?:en |au |a )?n\d\b"),
    ],
    look_alikes=[
        # Batch v, dev half: a maternity ward as where the work was done.
        ("maternite",
            r"\b(?:stages?|service|unite|aile|poste|gardes?|affectee?|infirmiere?|sage-femme|auxiliaire)"
            r"(?: \w+){0,3} (?:en|de|a la|au service de|du service de) maternite\b"),
        # Les arrêts maladie des salariés, en paie: "la régularisation d'un arrêt maladie dans la DSN".
        ("arret arrets maladie maternite",
            r"\b(?:regularisation|declaration|gestion|saisie|traitement|calcul|indemnisation|signalement"
            r"|subrogation)s? (?:d'un |d'une |des |de l'|du |de )(?:\w+ )?(?:arrets? (?:maladie|de travail)"
            r"|conges? (?:maternite|paternite)|accidents? du travail)\b"),
        # Le chantier ou le budget d'un client, et un hôpital comme lieu de travail.
        ("client clients",
            r"\b(?:chantier|projet|budget|devis|marche|lot)s? (?:du|d'un|de notre|des) clients?\b[^.;]{0,30}?"
            r"\d[\d.,\s]*\s?(?:k|m)?\s?(?:€|eur|euros)?"),
        ("psychiatrique",
            r"\b(?:hopital|clinique|service|unite|etablissement|centre) psychiatrique\b"),
        # Une église comme bâtiment ou objet du travail.
        ("eglise",
            r"\b(?:orgue|toiture|clocher|charpente|vitraux|restauration|facade|chantier|expertise|releve"
            r"|diagnostic|couverture)s? (?:de l'|d'une |de l'ancienne )eglise\b"
            r"|\beglise (?:st|ste|saint|sainte)[- ]\w+"),
        # Batches p and q, dev halves: clients and cases of the job.
        ("enceinte enceintes",
            r"\b(?:une|la|les|des|aux|chez la|chez les) (?:cliente|patiente|femme|femmes|clientes|patientes)"
            r" enceintes?\b"),
        ("sage-femme sages-femmes sage femme",
            r"\bsages?[- ]femmes?\b"),
        ("divorce divorces",
            r"\b(?:audiences?|dossiers?|affaires|proces|procedures?) (?:de|des) divorces?\b"
            r"|\baffaires familiales\s*:?[^.\n]{0,20}divorces?\b"),
        ("begaiement dyslexie aphasie",
            r"\b(?:begaiement|dyslexie|aphasie|dysphasie) (?:chez (?:l'enfant|les enfants|l'adulte)"
            r"|de l'enfant)\b"),
        # A hernia a physio or a surgeon treats, not hers: "prise en charge des hernies discales".
        ("hernie hernies discale discales",
            r"\b(?:prise en charge|traitement|traiter|soigner|soins|reeducation|chirurgie|operer|opere"
            r"|patients?|consultations?|specialiste|specialisee?|protocoles?|bilans?)"
            r" (?:des|de|d'une|de la|du|les|une|avec des|avec une|pour des|pour une|en) (?:\w+ )?hernies?"
            r"(?: discales?)?\b|\bhernies? discales? (?:chez|des|de) (?:le|la|les|nos|ses patients|patients)"
            r" (?!candidate?\b)"),
        ("enfant enfants bebe bebes",
            # The care of a child in a setting, named: "le suivi d'un bébé"; not "l'arrivée d'un bébé".
            r"\b(?:l'|le |la |les |du |au |aux )(?:accueil|suivi|soins?|securite|repas|change|bain|eveil"
            r"|developpement|dossiers?|alimentation|surveillance|encadrement|animation|prise en charge"
            r"|allergies) (?:des |d'un |d'une |de l')(?:enfants?|bebes?)\b"),
        # La crèche comme lieu de travail, les enfants qu'on y garde, la paie comme métier.
        ("creche enfants salaire",
            r"(?:^|\n)\s*creche\s*:|\b(?:allergies|repas|besoins|securite|liste|listes|dossiers|activites"
            r"|parents|sieste|accueil) des enfants\b|\b(?:retenues?|saisies?|bulletins?|avances?) sur"
            r" (?:le )?salaire\b|\bbulletins? de salaire\b"),
        # Le métier, pas la personne : "la réglementation des congés maternité pour la paie",
        # "des patients diabétiques".
        ("maternite paternite parental diabetiques atteints",
            # The rules named directly: "la réglementation des congés maternité", never "son congé".
            r"\b(?:reglementation|regles?|gestion|dossiers?|calculs?|paie|procedures?|droit|formation"
            r"|politique) (?:des|du|de|sur les|sur le|pour les) (?:conges? )?(?:maternite|paternite"
            r"|parental)\b"
            r"|\b(?:patient(?:e|s|es)?|client(?:e|s|es)?|resident(?:e|s|es)?|usag(?:er|ere)s?)"
            r" (?:diabetiques?|atteinte?s? d[e'u] ?\w+)"),
        # Un incident du métier ou une personne servie, pas le candidat : "erreur médicamenteuse",
        # "passager malade".
        ("medicamenteuse medicamenteuses malade malades",
            r"\berreurs? medicamenteuses?\b|\b(?:passag(?:er|ere)s?|patient(?:e|s|es)?|client(?:e|s"
            r"|es)?|resident(?:e|s|es)?|usag(?:er|ere)s?|voyageur(?:s|se|ses)?|pensionnaires?)"
            r" malades?\b"),
        # "teste religieusement": scrupuleusement; "chargement paresseux": le lazy loading.
        ("maternite",
            r"\b(?:service|planning|equipe|unite|aile|salle) (?:de (?:la )?|du |des )?maternite\b"),
        ("religieusement",
            r"\breligieusement\b"),
        ("paresseux paresseuse",
            r"\b(?:chargement|evaluation|initialisation|instanciation) paresseu(?:x|se)\b"),
        ("accent",
            r"\bmet\w* l'accent\b|\bl'accent (?:est |a ete )?mis\b|\bmis l'accent\b"),
        ("priere",
            r"\bpriere de\b"),
        ("etranger",
            r"\b(?:a|de) l'etranger\b"),
        ("mere",
            r"\bmaison mere\b|\bsociete mere\b"),
        ("voile",
            r"\bfaire de la voile\b|\bfait de la voile\b"),
        ("quarantaine",
            r"\bune quarantaine de\b"),
        ("vieillissant vieillissants vieillissante vieillissantes",
            r"\b(?:stocks?|parc|materiels?|infrastructures?|equipements?|batiments?|flotte|systemes?"
            r"|machines?|serveurs?|applications?|produits?)(?: \w+)? vieillissant\w*"),
        ("module outil outils champ champs formulaire workflow tableau rapport fonctionnalite grille "
         "dossiers dossier logiciel",
            r"\b(?:module|outils?|champs?|formulaire|workflow|tableau|rapport|fonctionnalite|grille|dossiers?"
            r"|logiciel) (?:de |des |du |d')?(?:la |les )?(?:paie|salaires?|conges?|maternite|genre|sexe"
            r"|sante|remuneration|titres? de sejour|handicap)"),
        ("religieusement",
            r"\breligieusement\b"),
    ],
)
