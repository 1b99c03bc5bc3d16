## Messages d'utilsoc, en français. Les clés sont celles de en.ftl ; les tests
## vérifient que les deux catalogues ont les mêmes clés.

error-prefix = erreur
did-you-mean = vouliez-vous dire `{ $suggestion }` ?
error-read = impossible de lire `{ $path }`
error-write = impossible d'écrire `{ $path }`
error-unknown-grid = grille inconnue `{ $id }` : ce n'est ni un fichier ni une grille intégrée (grilles intégrées : { $available })
error-invalid-grid = la grille `{ $path }` contient des erreurs
error-invalid-builtin = la grille intégrée `{ $id }` est invalide
error-unknown-code = code de constat inconnu `{ $code }`

severity-error = erreur
severity-warning = avertissement

check-summary = { $files ->
        [one] { $files } fichier vérifié
       *[other] { $files } fichiers vérifiés
    } : { $errors ->
        [0] aucune erreur
        [one] 1 erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [0] aucun avertissement
        [one] 1 avertissement
       *[other] { $warnings } avertissements
    }

## Noms des tables d'un fichier de grille, tels que les constats les nomment.
table-grid = la grille
table-scale = l'échelle
table-level = le niveau
table-band = la tranche
table-domain = le domaine
table-criterion = le critère
table-indicator = l'indicateur
table-with-id = { $table } `{ $id }`

## Types, tels que les constats les nomment.
type-string = une chaîne de caractères
type-integer = un nombre entier
type-number = un nombre
type-boolean = true ou false
type-strings = une liste de chaînes
type-tables = une liste de tables
type-table = une table
type-found-string = une chaîne
type-found-integer = un entier
type-found-float = un nombre décimal
type-found-boolean = un booléen
type-found-datetime = une date
type-found-array = une liste
type-found-table = une table
type-found-nonfinite = `{ $value }`
type-found-huge = un entier trop grand

## Constats sur le fichier.
not-utf8 = le fichier n'est pas en UTF-8 valide (octet { $byte })
label-not-utf8 = premier octet invalide
note-save-as-utf8 = enregistrez le fichier en UTF-8 (dans la plupart des éditeurs : « Enregistrer sous… », encodage UTF-8)
empty-file = le fichier est vide
label-empty-file = une grille contient au moins `format`, `id`, `version`, `title` et un domaine
file-too-large = le fichier dépasse { $max } octets
toml-syntax = erreur de syntaxe TOML : { $detail }
label-toml-syntax = ici
note-more-syntax-errors = { $count } autres erreurs de syntaxe non affichées

## Constats de forme.
unknown-key = clé inconnue `{ $key }` dans { $place }
label-unknown-key = cette clé n'existe pas dans cette table
wrong-type = `{ $key }` dans { $place } doit être { $expected }, trouvé : { $found }
label-wrong-type = attendu : { $expected }
missing-field = `{ $key }` manque dans { $place }
label-missing-field = `{ $key }` est obligatoire ici
invalid-value = valeur `{ $value }` invalide pour `{ $key }` dans { $place }
label-expected-one-of = valeurs possibles : { $allowed }

## Règles.
unsupported-format = format de grille `{ $format }` non pris en charge
label-supported-formats = cette version d'utilsoc lit le format 1
invalid-version = la version `{ $version }` n'est pas une version sémantique
label-semver = attendu : MAJEUR.MINEUR.CORRECTIF, par exemple 1.0.0
invalid-id = `{ $id }` n'est pas un identifiant valide pour { $table }
label-invalid-id = un identifiant s'écrit en lettres ASCII minuscules, chiffres, `-` et `_`, et commence par une lettre ou un chiffre
duplicate-id = l'identifiant `{ $id }` est défini deux fois ({ $table })
duplicate-level = le niveau `{ $id }` est défini deux fois dans l'échelle `{ $scale }`
duplicate-level-label = le niveau `{ $label }` de l'échelle `{ $scale }` ne se distingue pas d'un autre niveau
label-duplicate = défini à nouveau ici
label-first-defined = première définition ici
no-domains = la grille n'a aucun domaine
label-no-domains = ajoutez au moins une table [[domains]]
empty-domain = le domaine `{ $id }` n'a aucun critère
label-empty-domain = ajoutez au moins une table [[domains.criteria]]
empty-criterion = le critère `{ $id }` n'a aucun indicateur
label-empty-criterion = ajoutez au moins une table [[domains.criteria.indicators]]
invalid-weight = le poids doit être supérieur à 0, trouvé : { $weight }
label-positive-weight = un nombre positif
too-few-levels = l'échelle `{ $scale }` doit avoir au moins deux niveaux
label-two-levels = au moins deux niveaux attendus
partial-level-scores = l'échelle `{ $scale }` donne un score à { $scored } de ses { $total } niveaux
label-level-without-score = le niveau `{ $level }` n'a pas de score
label-level-with-score = ce niveau en a un
ambiguous-level = le niveau `{ $level }` de l'échelle `{ $scale }` serait lu comme « sans objet » dans les données
label-ambiguous-level = s'écrit comme une réponse « sans objet »
score-out-of-range = le score { $score } sort de l'intervalle 0-100
label-score-range = les scores vont de 0 à 100
invalid-bounds = `min` ({ $min }) doit être inférieur à `max` ({ $max })
label-max-above-min = doit être supérieur à `min`
label-min = `min` est ici
field-not-applicable = `{ $key }` ne s'applique pas ici
label-not-for-scale-type = inutilisé par une échelle de type `{ $kind }`
label-only-with-target = n'a de sens qu'avec une cible (`target`)
conflicting-scoring = `target` et `bands` sont donnés ensemble
label-bands-here = tranches données ici
label-target-here = cible donnée ici
missing-target = `{ $key }` est donné sans cible (`target`)
target-equals-baseline = la cible et la référence valent toutes deux { $value }
label-target = cible
label-baseline = référence
note-default-baseline = la référence vaut par défaut { $value } (le `min` de l'échelle, ou 0)
note-default-baseline-lower = la référence vaut par défaut { $value } (le `max` de l'échelle, puisque moins est mieux)
inconsistent-lower = `direction = "lower"` demande une référence au-dessus de la cible, trouvé cible { $target } et référence { $baseline }
inconsistent-higher = la référence ({ $baseline }) est au-dessus de la cible ({ $target }) sans qu'il soit dit que moins est mieux
label-direction = sens
note-add-direction-lower = ajoutez `direction = "lower"` si les valeurs basses sont les meilleures, ou inversez cible et référence
lower-needs-baseline = `direction = "lower"` demande une référence (`baseline`, la valeur qui vaut 0)
label-lower-needs-baseline = donnez une `baseline`, ou un `max` à l'échelle
empty-bands = `bands` est vide
label-empty-bands = au moins une tranche attendue
bands-not-ascending = la tranche `from = { $from }` ne vient pas après `from = { $previous }`
label-band-from = les tranches vont dans l'ordre strictement croissant
label-previous-band = tranche précédente
duplicate-alias = le nom de colonne `{ $name }` est déjà pris par l'identifiant ou l'alias d'un indicateur
reserved-column = `{ $name }` est un nom de colonne réservé
label-reserved-column = une colonne de ce nom dans les données est lue comme cette colonne réservée : cet indicateur ne serait jamais renseigné
unknown-scale = échelle inconnue `{ $scale }`
label-unknown-scale = aucune table [scales] n'a cet identifiant
unused-scale = l'échelle `{ $id }` n'est jamais utilisée
label-unused-scale = aucun indicateur n'utilise cette échelle
missing-source = l'indicateur `{ $id }` n'a pas de source (`source`)
label-missing-source = dites d'où viennent les données (registre, questionnaire, entretien…)
missing-help = l'indicateur `{ $id }` n'a ni aide (`help`) ni description
label-missing-help = dites comment recueillir l'indicateur
single-indicator = le critère `{ $id }` n'est mesuré que par un seul indicateur
label-single-indicator = un seul indicateur rend le critère fragile
no-scored-indicator = le critère `{ $id }` n'a aucun indicateur noté et n'aura jamais de score
label-no-scored-indicator = tous ses indicateurs sont des textes ou des nombres descriptifs
outside-bounds = { $value } sort des bornes de l'échelle
label-bounds = l'échelle accepte de { $min } à { $max }

## Tableaux des grilles.
col-id = Id
col-title = Titre
col-version = Version
col-element = Domaine › critère › indicateur
col-weight = Poids
grid-show-header = { $title }
    { $id } { $version } · { $domains ->
        [one] 1 domaine
       *[other] { $domains } domaines
    }, { $criteria ->
        [one] 1 critère
       *[other] { $criteria } critères
    }, { $indicators ->
        [one] 1 indicateur
       *[other] { $indicators } indicateurs
    }
scale-type-levels = niveaux
scale-type-boolean = oui/non
scale-type-number = nombre
scale-type-text = texte
scale-levels-count = { $count } niveaux
scale-linear = cible { $target }, référence { $baseline }
scale-bands = { $count } tranches
scale-descriptive = descriptif

## Données d'enquête.
warning-prefix = avertissement
expected-levels = l'une des réponses { $levels } (échelle `{ $scale }`), N/A ou vide
expected-boolean = oui/non (o/n, vrai/faux, yes/no, true/false, 1/0), N/A ou vide
expected-number = un nombre
expected-integer = un nombre entier
expected-between = {" "}de { $min } à { $max }, N/A ou vide
expected-at-least = {" "}d'au moins { $min }, N/A ou vide
expected-at-most = {" "}d'au plus { $max }, N/A ou vide
data-expected = attendu : { $expected }
data-empty = `{ $file }` est vide : une ligne d'en-tête est attendue
data-no-action = `{ $file }` n'a pas de colonne `action` (colonnes : { $found })
data-unknown-columns = `{ $file }` : { $count ->
        [one] 1 colonne ne correspond à aucun indicateur de la grille et est ignorée
       *[other] { $count } colonnes ne correspondent à aucun indicateur de la grille et sont ignorées
    } : { $columns }
data-duplicate-column = `{ $file }` : les colonnes `{ $first }` et `{ $second }` désignent le même indicateur
data-no-indicator = `{ $file }` n'a aucune colonne au nom d'un indicateur de la grille `{ $grid }` (ni de colonnes `indicator` et `value`)
data-windows-1252 = `{ $file }` n'est pas en UTF-8 : lu comme du Windows-1252
data-lenient-hint = (avec --lenient, les cellules qui ne correspondent pas et les lignes sans action sont laissées de côté, et l'exécution continue)
data-unknown-columns-strict = { $count ->
        [one] 1 colonne ne correspond
       *[other] { $count } colonnes ne correspondent
    } à aucun indicateur de la grille, ce que --strict n'admet pas : { $columns }
data-empty-action = la cellule `action` est vide
data-unknown-indicator = `{ $indicator }` n'est pas un indicateur de la grille `{ $grid }`
data-bad-cell = `{ $value }` dans la colonne `{ $column }` ne correspond pas à son échelle
data-more-problems = { $count } autres non affichés
data-lenient-summary = { $count ->
        [one] 1 problème dans les données : sa cellule ou sa ligne a été laissée de côté
       *[other] { $count } problèmes dans les données : leurs cellules ou leurs lignes ont été laissées de côté
    }
data-strict-summary = { $count ->
        [one] 1 problème dans les données
       *[other] { $count } problèmes dans les données
    } : rien n'a été écrit
progress-rows = lignes
table-responses = Réponses
table-overall = Ensemble

## Fichiers d'évaluation.
evaluation-header = Autoévaluation écrite par `utilsoc evaluate` : chaque réponse est enregistrée aussitôt.
    Relancez la même commande pour continuer ; `utilsoc score` lit ce fichier.
evaluation-invalid = `{ $file }` n'est pas un fichier d'évaluation valide : { $detail }
evaluation-format = `{ $file }` est au format d'évaluation { $format } ; cette version d'utilsoc lit le format 1
evaluation-wrong-grid = `{ $file }` a été rempli avec la grille `{ $recorded }`, pas `{ $grid }`
evaluation-grid-edited = la grille `{ $grid }` a changé depuis l'enregistrement du fichier (même version { $version })
evaluation-grid-version = le fichier a été rempli avec la version { $recorded } de la grille `{ $grid }`, qui est maintenant en { $version }
evaluation-gone = { $count ->
        [one] 1 réponse porte sur un indicateur que la grille n'a plus (ignorée)
       *[other] { $count } réponses portent sur des indicateurs que la grille n'a plus (ignorées)
    } : { $ids }
evaluation-unanswered = { $count ->
        [one] 1 indicateur de la grille n'a pas de réponse dans le fichier
       *[other] { $count } indicateurs de la grille n'ont pas de réponse dans le fichier
    } : { $ids }
evaluation-bad-answer = la réponse à `{ $indicator }` ne correspond pas à son échelle
score-unknown-extension = impossible de déduire le format de sortie de `{ $path }` : précisez --format table, csv ou json

## Autoévaluation interactive.
evaluate-no-terminal = `utilsoc evaluate` pose ses questions dans un terminal, et l'entrée ou la sortie d'erreur standard n'en est pas un ; pour noter des réponses recueillies ailleurs, utilisez `utilsoc score --grid GRILLE reponses.csv`
evaluate-interrupted = interrompu : { $saved }
evaluate-welcome = Autoévaluation : { $title }
evaluate-ask-action = Action évaluée
evaluate-action-required = Il faut un nom d'action : il nomme le fichier et les scores.
evaluate-ask-period = Période
evaluate-ask-role = Qui répond ?
evaluate-ask-role-other = Rôle
evaluate-ask-evaluator = Votre nom (facultatif)
evaluate-new-file = Les réponses sont enregistrées au fur et à mesure dans { $path }
evaluate-resume = Reprise de { $path } ({ $context }) : { $answered ->
        [one] { $answered } indicateur renseigné
       *[other] { $answered } indicateurs renseignés
    } sur { $total }{ $skipped ->
        [0] {""}
        [one] , 1 passé
       *[other] , { $skipped } passés
    }.
evaluate-file-is = Fichier d'évaluation : { $path }
role-staff = salarié·e
role-volunteer = bénévole
role-participant = participant·e / habitant·e
role-board = administrateur·rice
role-partner = partenaire
role-funder = financeur
role-other = autre…
role-none = (aucun rôle)
eval-progress = ({ $current }/{ $total })
eval-first-question = C'est la première question.
eval-help = Aide : { $help }
eval-current = Réponse actuelle : { $answer }
eval-current-comment = Commentaire : { $comment }
eval-state-na = sans objet
eval-state-dont-know = ne sait pas
eval-state-missing = non renseigné
eval-yes = Oui
eval-no = Non
eval-choose = Votre réponse
eval-action-na = ⟶ Sans objet (N/A)
eval-action-skip = ⟶ Passer (non renseigné)
eval-action-back = ⟶ Revenir à la question précédente
eval-action-comment = ⟶ Ajouter un commentaire…
eval-action-overview = ⟶ Vue d'ensemble par critère…
eval-action-quit = ⟶ Enregistrer et quitter
eval-action-answer = ⟶ Répondre à cette question
eval-comment-prompt = Commentaire (vide pour l'effacer)
eval-comment-saved = Commentaire enregistré.
eval-empty-for-menu = Laissez vide et validez pour le menu (sans objet, passer, revenir, commentaire, vue d'ensemble, quitter).
eval-number-prompt = Valeur
eval-number-invalid = « { $value } » n'est pas accepté : attendu { $expected }.
eval-text-hint = Tapez votre réponse ; plusieurs lignes sont possibles, une ligne vide termine. Vide d'emblée : le menu.
eval-text-prompt = Réponse
eval-overview = Aller à un critère
eval-overview-back = ⟵ Revenir à la question en cours

## Modèles.
template-context = Action : ______________________   Période : __________   Rôle : ______________________
template-instructions = Cochez une case par question. « Sans objet » signifie que la question ne vous concerne pas ; laissez une question vide si vous préférez ne pas répondre.
template-na = Sans objet

## Rapports.
report-unknown-extension = impossible de déduire le format du rapport de `{ $path }` : précisez --format html ou markdown
report-markdown-needs-output = un rapport Markdown écrit ses graphiques dans des fichiers à côté de lui : donnez le fichier du rapport avec -o
report-title = Rapport d'utilité sociale : { $grid }
report-all-answers = toutes les réponses
report-none = aucun
report-grid = Grille : { $title } (`{ $id }`, version { $version })
report-actions = { $count ->
        [one] Action
       *[other] Actions
    } : { $list }
report-periods = Périodes : { $list }
report-roles = Rôles : { $list }
report-responses = Réponses : { $count }
report-date = Rapport établi le { $date } avec utilsoc
report-reading = Les scores vont de 0 à 100. Chaque score est suivi de sa couverture : indicateurs notés sur indicateurs concernés (7/9). « — » signifie qu'aucun indicateur n'a reçu de réponse : pas de score, ce qui n'est pas 0.
report-overview = Vue d'ensemble
report-overview-caption = Scores par domaine, avec leur couverture
report-col-action = Action
report-col-period = Période
report-col-responses = Réponses
report-col-domain = Domaine
report-col-change = Évolution
report-col-criterion = Critère
report-col-roles = Scores par rôle
report-col-spread = Écart
report-no-score = pas de score
report-no-period = sans période
report-profile = Profil par domaine
report-radar-title = Scores par domaine : { $action }
report-criteria = Scores par critère
report-bars-title = Scores par critère : { $action }
report-change = Évolution d'une période à l'autre
report-change-role = Évolution d'une période à l'autre ({ $role })
report-divergence = Là où les regards divergent
report-no-divergence = Sur les indicateurs auxquels au moins deux rôles ont répondu, les scores des différents rôles ne s'écartent jamais de plus de { $threshold } points, ni sur un critère ni sur un indicateur.
report-divergence-intro = Critères et indicateurs sur lesquels les scores des rôles s'écartent de plus de { $threshold } points, calculés sur les seuls indicateurs auxquels au moins deux rôles ont répondu : les perceptions diffèrent, ce qui mérite d'en parler ensemble. n = réponses du rôle.
report-quote = « { $text } » ({ $who })
report-comment = Commentaire sur « { $indicator } » : « { $text } » ({ $who })
report-general-comments = Commentaires généraux
report-verbatims = Paroles recueillies
report-method = Note de méthode
report-method-structure = La grille décompose l'utilité sociale en { $domains } domaines, { $criteria } critères et { $indicators } indicateurs. Les réponses sont converties en scores de 0 à 100 selon l'échelle de chaque indicateur :
report-scale-levels = { $name } : niveaux notés { $levels }
report-scale-boolean = { $name } : oui vaut 100, non vaut 0
report-scale-number = { $name } : nombres, { $how }
report-number-linear = { $count ->
        [one] 1 indicateur noté linéairement entre une référence (0) et une cible (100)
       *[other] { $count } indicateurs notés linéairement entre une référence (0) et une cible (100)
    }
report-number-bands = { $count ->
        [one] 1 noté par tranches
       *[other] { $count } notés par tranches
    }
report-number-descriptive = { $count ->
        [one] 1 rapporté sans score
       *[other] { $count } rapportés sans score
    }
report-scale-text = { $name } : texte libre, jamais noté, cité dans ce rapport
report-method-scoring = Plusieurs réponses à un indicateur dans un même groupe sont moyennées (les nombres sont d'abord combinés comme la grille le prévoit, par exemple additionnés, puis notés). Le score d'un critère est la moyenne pondérée de ses indicateurs notés ; celui d'un domaine, la moyenne pondérée de ses critères qui ont un score.
report-method-coverage = Les réponses « sans objet » et les réponses manquantes ne comptent jamais pour zéro : elles sont écartées des moyennes. La couverture compte les indicateurs notés sur les indicateurs concernés : une couverture faible signale un score qui repose sur peu de réponses.
report-method-overall = Le score d'ensemble est la moyenne pondérée des domaines qui ont un score ; il se lit avec le profil et la couverture.

# issue 9: reading
error-too-large = `{ $path }` est trop gros : { $size } Mio ({ $bytes } octets), au-delà de la limite de { $limit } Mio pour ce genre de fichier ; il n'a pas été lu
error-too-large-stream = `{ $path }` est trop gros : il dépasse la limite de { $limit } Mio pour ce genre de fichier ; il n'a pas été lu
evaluation-unknown-indicator = une réponse est donnée pour `{ $indicator }`, qui n'est pas un indicateur de la grille `{ $grid }` : elle ne compte pas
evaluation-duplicate-answer = une deuxième réponse est donnée pour `{ $indicator }` : aucune des deux ne compte, faute de savoir laquelle vaut
evaluation-first-answer = la première réponse est en { $place }
data-record-too-long = un enregistrement commence à cette ligne et dépasse { $limit } Mio sans fin de ligne (le fichier n'est pas du CSV, ou un guillemet n'est jamais fermé) : la lecture s'est arrêtée là
data-binary = ce n'est pas un fichier texte : il contient des octets nuls (un fichier binaire, ou du texte enregistré en UTF-16) ; enregistrez les données en CSV UTF-8
data-extra-cells = cette ligne a { $cells } cellules et l'en-tête { $header } : `{ $value }` et les cellules qui suivent n'ont pas de colonne et ne sont pas lues

# issue 9: writes
error-create = impossible de créer `{ $path }`
error-replace = impossible de remplacer `{ $path }` par le nouveau fichier
error-read-stdin = impossible de lire l'entrée standard
error-write-stdout = impossible d'écrire sur la sortie standard
io-not-found = fichier introuvable
io-no-folder = son dossier n'existe pas
io-permission-denied = permission refusée
io-is-directory = c'est un dossier
io-not-directory = un élément du chemin n'est pas un dossier
io-storage-full = plus de place sur le disque
io-quota-exceeded = quota de disque dépassé
io-read-only = le système de fichiers est en lecture seule
io-too-large = fichier trop gros pour le système de fichiers
io-loop = trop de niveaux de liens symboliques
io-invalid-name = nom invalide ou trop long
io-exists = existe déjà
io-error = { $what } : { $reason }

# issue 9: autoévaluation (evaluate : fichier par évaluateur, verrou, reprise, période, petit terminal, enregistrements ratés)
evaluate-saved-nothing = aucune réponse donnée, aucun fichier écrit
evaluate-saved-count = { $count ->
        [0] aucune réponse encore dans { $path }
        [one] 1 réponse est enregistrée dans { $path }
       *[other] { $count } réponses sont enregistrées dans { $path }
    } ; relancez la même commande pour continuer
evaluate-period-invalid = « { $value } » n'est pas une période : tapez une année (2025), un semestre (2025-S1), un trimestre (2025-T2), un mois (2025-03) ou plusieurs années (2024-2025)
evaluate-terminal-too-small = le terminal est trop petit ({ $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }, { $columns ->
        [one] { $columns } colonne
       *[other] { $columns } colonnes
    }) : `utilsoc evaluate` a besoin d'au moins { $min_rows } lignes et { $min_columns } colonnes ; agrandissez la fenêtre et relancez la même commande
evaluate-locked = `{ $path }` est ouvert dans une autre session : { $holder }, depuis le { $since }. Terminez ou quittez cette session, puis relancez cette commande (si son processus s'est arrêté, son verrou est libéré avec lui et repris automatiquement)
evaluate-locked-unknown = `{ $path }` est ouvert dans une autre session, qui démarre à l'instant. Terminez ou quittez cette session, puis relancez cette commande
evaluate-lock-failed = impossible de verrouiller `{ $path }`
evaluate-lock-stale = Une session sur { $path } ({ $holder }, depuis le { $since }) s'est terminée sans le fermer ; son verrou est repris.
evaluate-lock-someone = quelqu'un
evaluate-lock-process = processus { $pid }
evaluate-other-context = { $path } est enregistré pour une autre évaluation que celle demandée :
evaluate-field-differs = { $field } : le fichier indique { $recorded }, vous avez demandé { $asked }
evaluate-field-action = action
evaluate-field-period = période
evaluate-field-role = rôle
evaluate-field-evaluator = évaluateur·rice
evaluate-field-none = aucun·e
evaluate-quoted = « { $value } »
evaluate-other-ask = Que faire ?
evaluate-other-continue = Continuer ce fichier, avec ses valeurs ({ $context })
evaluate-other-file = Choisir un autre fichier…
evaluate-other-quit = Quitter sans rien écrire
evaluate-ask-file = Fichier d'évaluation
evaluate-nothing-written = Rien n'a été écrit.
evaluate-context-period = période { $period }
evaluate-context-role = rôle { $role }
evaluate-context-evaluator = par { $evaluator }
evaluate-unsaved = { $count ->
        [one] Cette réponse n'est pas dans { $path } :
       *[other] Ces { $count } réponses ne sont pas dans { $path } :
    }
eval-save-failed = La réponse n'a pas pu être enregistrée : { $error }. Elle est gardée pour l'instant.
eval-save-what-now = Enregistrer à nouveau ?
eval-save-retry = Réessayer
eval-save-quit = Quitter (les réponses non enregistrées sont listées)

# issue 10: couche des commandes (grille intégrée plutôt qu’un fichier du même nom)
note-prefix = remarque
grid-builtin-over-file = `{ $id }` est la grille intégrée, et non le fichier ou dossier de ce nom ici (pour celui-ci, écrivez `./{ $id }`)

# issue 10: grid
redundant-alias = l'alias `{ $name }` nomme déjà l'indicateur `{ $id }`
label-redundant-alias = cet indicateur lit déjà cette colonne
note-redundant-alias = supprimez-le : les colonnes sont reconnues sans tenir compte de la casse, des accents ni des espaces en trop

# issue 11: spreadsheets and file kinds
data-not-survey-data = `{ $file }` est { $kind }, pas des données d'enquête : exportez les réponses en CSV, XLSX ou ODS
data-unknown-sheet = `{ $file }` n'a pas de feuille `{ $sheet }` (feuilles : { $sheets })
data-unreadable-spreadsheet = `{ $file }` ne peut pas être lu comme un classeur : { $error }
kind-docx = un document Word (.docx)
kind-pptx = une présentation PowerPoint (.pptx)
kind-odt = un texte OpenDocument (.odt)
kind-opendocument = un fichier OpenDocument qui n'est pas un classeur
kind-zip = une archive ZIP qui n'est pas un classeur
kind-old-office = un document Office 97-2003 qui n'est pas un classeur (.doc, .ppt)
kind-pdf = un document PDF
kind-image = une image
kind-gzip = un fichier compressé gzip
kind-archive = une archive compressée (7z, RAR)
kind-rtf = un document RTF
# issue 11: periods from dates
data-date-column-missing = `{ $file }` n'a pas de colonne `{ $column }` d'où lire les périodes (colonnes : { $found })
data-date-dmy = jour/mois
data-date-mdy = mois/jour
data-date-conflict = les dates de la colonne `{ $column }` mettent le jour en premier à la ligne { $dmy_line } (`{ $dmy }`) et le mois en premier à la ligne { $mdy_line } (`{ $mdy }`)
data-date-ambiguous = les dates de la colonne `{ $column }` peuvent se lire jour/mois ou mois/jour (`{ $value }`)
data-date-ambiguous-cell = `{ $value }` dans la colonne `{ $column }` peut se lire jour/mois ou mois/jour
data-date-format-expected = `--date-format dmy` (le jour d'abord) ou `--date-format mdy` (le mois d'abord)
data-date-empty = la date de la colonne `{ $column }` est vide
data-date-invalid = `{ $value }` dans la colonne `{ $column }` n'est pas une date
data-date-against-order = `{ $value }` dans la colonne `{ $column }` n'est pas une date dans l'ordre { $order } établi par la ligne { $line }
data-date-against-format = `{ $value }` dans la colonne `{ $column }` n'est pas une date dans l'ordre { $order } de `--date-format`
data-date-formats = une date comme { $formats }
# issue 11: answer codes and multiple choice
duplicate-token = `{ $token }` signifie deux réponses différentes de l'échelle `{ $scale }`
label-token-means = signifie { $meaning } ici
note-builtin-token = utilsoc lit déjà `{ $token }` comme { $meaning } sur cette échelle
token-meaning-level = le niveau `{ $level }`
token-meaning-na = « sans objet »
token-meaning-yes = « oui »
token-meaning-no = « non »
label-option-boolean-only = seul un indicateur sur une échelle oui/non lit une option de choix multiple
label-option-code-alone = `option_codes` demande `option`
expected-tick = l'option cochée (« { $option } », X, Y, 1, oui, true) ou non (vide, 0, N, non, false)
# issue 11: columns
data-missing-named-column = `{ $file }` n'a pas de colonne `{ $column }` donnée par { $option } (colonnes : { $found })
data-no-action-hint = nommez la colonne des actions avec --action-column COL, ou donnez l'action de toutes les lignes avec --action TEXTE
data-header-row-past-end = `{ $file }` n'a pas de ligne { $row } où lire l'en-tête
data-few-indicators = `{ $file }` : { $found ->
        [0] aucun
        [one] seul { $found }
       *[other] seuls { $found }
    } des { $total } indicateurs notés de la grille { $found ->
        [0] n'a
        [one] a
       *[other] ont
    } une colonne ; manquants : { $missing }
data-few-indicators-more = {", "}et { $count } de plus
data-few-indicators-hint = un en-tête désigne un indicateur par son identifiant, ses alias, son libellé ou sa question : ajoutez les en-têtes de ce fichier aux `aliases` des indicateurs

# issue 12: evaluate
evaluate-role-structure = Aucun : chiffres de la structure
evaluate-role-unknown = rôle inconnu « { $value } » ; les rôles de la grille : { $roles }
eval-dont-know = Ne sait pas
evaluate-context-collective = autoévaluation collective
evaluate-field-kind = type d'évaluation
evaluate-kind-individual = individuelle
evaluate-kind-collective = collective
# issue 12: grid roles (i12-grid)
table-role = le rôle
type-string-table = une table de chaînes
undefined-role = l'indicateur `{ $id }` nomme dans `{ $key }` le rôle `{ $role }`, que la grille ne définit pas
label-undefined-role = pas un rôle de cette grille
note-grid-roles = rôles de la grille : { $roles }
label-no-roles = cette grille n'a pas de [[roles]]
note-no-roles = déclarez les rôles dans des tables [[roles]] (id, label, aliases), ou retirez `roles` et `questions` de l'indicateur
duplicate-role = le rôle `{ $role }` s'écrit `{ $spelling }`, comme le rôle `{ $other }` : les données ne pourraient pas les distinguer
label-duplicate-role = aussi une graphie d'un autre rôle
label-duplicate-role-first = une graphie du rôle `{ $role }`
question-for-unasked-role = l'indicateur `{ $id }` formule une question pour le rôle `{ $role }`, que ses `roles` n'interrogent pas
label-question-for-unasked-role = ce rôle n'est pas interrogé
label-roles-asked = interrogés : { $roles }
note-question-for-unasked-role = ajoutez `{ $role }` à `roles`, ou retirez sa question
indicator-asked-of-nobody = l'indicateur `{ $id }` n'est posé à personne
label-indicator-asked-of-nobody = une liste vide n'interroge aucun rôle
note-indicator-asked-of-nobody = retirez `roles` pour interroger tous les rôles, ou nommez les rôles interrogés ; les chiffres que relève la structure viennent des lignes sans rôle, quels que soient les rôles interrogés
grid-roles-heading = Rôles :
grid-role-aliases = aussi : { $aliases }
grid-asked-of = posé à : { $roles }
grid-own-wording = formulation propre : { $roles }
scale-dont-know = « ne sait pas » accepté
# issue 12: data (roles, don't know, collective evaluations)
data-unknown-role = `{ $file }` : { $count ->
        [one] 1 rôle ne correspond à aucun rôle de la grille et est gardé tel quel
       *[other] { $count } rôles ne correspondent à aucun rôle de la grille et sont gardés tels quels
    } : { $values }
data-unknown-role-strict = { $count ->
        [one] 1 rôle ne correspond
       *[other] { $count } rôles ne correspondent
    } à aucun rôle de la grille, ce que --strict n'admet pas : { $values }
data-unknown-role-rows = `{ $value }` ({ $count ->
        [one] 1 ligne
       *[other] { $count } lignes
    })
data-unknown-role-more = {", "}et { $count } de plus
data-unknown-role-expected = un rôle de la grille parmi { $roles }
data-unknown-role-hint = un rôle dans les données désigne un rôle de la grille par son identifiant, son libellé ou ses `aliases`, sans tenir compte de la casse, des accents, des espaces ni de la ponctuation : ajoutez les autres graphies aux `aliases` du rôle, ou corrigez les données
expected-dont-know = {"\u00A0"}; « ne sait pas » (NSP, je ne sais pas) est aussi accepté
evaluation-dont-know-refused = l'échelle `{ $scale }` n'admet pas « ne sait pas » (`status = "dont_know"`) : la grille le permettrait avec `dont_know = true`
evaluation-dont-know-refused-after = { $expected } ; l'échelle `{ $scale }` n'admet pas « ne sait pas » (`status = "dont_know"`) : la grille le permettrait avec `dont_know = true`
# issue 12: outputs (series, guards, distributions, divergence)
series-all = tous les répondants
series-collective = collectif
series-collective-role = collectif ({ $role })
flag-low-responses = moins de { $min } réponses
flag-low-coverage = couverture sous { $min }
guards-responses = moins de { $min } réponses
guards-coverage = moins de { $share } des indicateurs notés
guards-both = moins de { $min } réponses ou moins de { $share } des indicateurs notés
table-distributions-legend = Sous chaque critère, ses indicateurs à niveaux ou oui/non : part de réponses favorables (score au-dessus de 50), puis [réponses par niveau], dans l'ordre de l'échelle (oui/non : non, oui).
table-flag-legend-dim = En gris : score qui repose sur trop peu ({ $guards }) ; calculé, à lire avec prudence.
table-flag-legend-mark = * : score qui repose sur trop peu ({ $guards }) ; calculé, à lire avec prudence.
table-divergence-title = Là où les rôles divergent (sur les indicateurs partagés)
table-div-group = Action
table-div-node = Domaine ou critère
table-div-spread = Écart
table-div-roles = Rôles
table-div-role = { $role } { $score } (n = { $responses }, { $shared } ind.)
table-divergence-legend = Scores de chaque rôle calculés sur les seuls indicateurs auxquels au moins deux rôles ont répondu ; n = réponses, ind. = indicateurs partagés notés par le rôle.
report-col-series = Série
report-col-indicator = Indicateur
report-flagged = { $score } ({ $reason })
report-change-flagged = — ({ $reason })
report-divergence-criteria = Critères, sur les indicateurs partagés
report-divergence-indicators = Indicateurs
report-divergence-role = { $role } { $score } (n = { $n }, { $shared ->
        [one] 1 indicateur partagé
       *[other] { $shared } indicateurs partagés
    })
report-divergence-role-indicator = { $role } { $score } (n = { $n })
report-divergence-role-favourable = { $role } { $score } (n = { $n }, { $favourable } favorables)
report-method-guards = Garde-fous : un score qui repose sur { $guards } est affiché en gris avec la raison, et aucune évolution n'en est tirée. Sous 5 répondants, une part n'est que la réponse d'une ou deux personnes et leur anonymat n'est plus garanti ; sous la moitié de ses indicateurs, un score ne représente pas son critère ou son domaine. Seuils par défaut : 5 réponses et 0,5 ; --min-responses et --min-coverage les changent (0 les désactive).
report-method-no-guards = Garde-fous désactivés : aucun score n'est signalé, quel que soit le nombre de réponses ou la couverture.
report-method-divergence = Les écarts entre rôles ne portent que sur les indicateurs auxquels au moins deux rôles ont répondu : une différence de couverture ne se lit jamais comme une différence de perception. Les chiffres de la structure (lignes sans rôle) comptent dans les scores de l'action, jamais comme un rôle ; une autoévaluation collective forme une série à part.

# issue 13: aide et erreurs d'utilisation de clap (src/cli/help.rs, src/cli/errors.rs)
cli-about = Évaluer l'utilité sociale : grilles, autoévaluation, scores et rapports.
cli-long-about = utilsoc évalue l'utilité sociale des associations et des autres structures de l'économie sociale et solidaire, à partir de grilles de domaines, critères et indicateurs.
cli-usage-heading = Utilisation :
cli-heading-commands = Commandes
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-data = Lecture des données
cli-help = Afficher l'aide
cli-help-short = Afficher l'aide (plus de détails avec `--help`)
cli-help-long = Afficher l'aide (un résumé avec `-h`)
cli-version = Afficher la version
cli-help-about = Afficher cette aide, ou celle des sous-commandes données
cli-possible-values = [valeurs possibles : { $values }]
cli-default-value = [par défaut : { $value }]
cli-value-command = COMMANDE
cli-value-file = FICHIER
cli-value-grid = GRILLE
cli-value-input = DONNÉES
cli-value-field = CHAMP
cli-value-char = CARACTÈRE
cli-value-col = COLONNE
cli-value-text = TEXTE
cli-value-name = NOM
cli-value-unit = UNITÉ
cli-value-order = ORDRE
cli-value-lang = LANGUE
cli-value-when = QUAND
cli-value-format = FORMAT
cli-value-code = CODE
cli-value-action = ACTION
cli-value-period = PÉRIODE
cli-value-role = RÔLE
cli-value-shell = SHELL
cli-arg-lang = Langue des messages (par défaut : selon LC_ALL, LC_MESSAGES ou LANG)
cli-arg-color = Quand employer les couleurs (NO_COLOR est respecté)
cli-arg-quiet = N'afficher que les constats et les résultats, sans résumé ni remarque
cli-check-about = Vérifier des fichiers de grille et signaler chaque constat à son emplacement
cli-grids-about = Lister, afficher, exporter ou comparer des grilles
cli-grids-list-about = Lister les grilles intégrées (par défaut)
cli-grids-show-about = Afficher l'arbre d'une grille : domaines, critères et indicateurs, avec échelles et poids
cli-grids-export-about = Écrire une grille en TOML : une grille intégrée pour commencer la vôtre, ou une grille locale telle quelle (autonome avec `--resolved`)
cli-score-about = Calculer les scores de données d'enquête (CSV) selon une grille : par action, période et rôle
cli-evaluate-about = Autoévaluation dans le terminal : répondre à une grille pour une action, pas à pas
cli-report-about = Le document que lit un conseil d'administration ou un financeur : HTML ou Markdown, avec graphiques
cli-template-about = Un CSV vierge à remplir, ou un questionnaire à imprimer (Markdown ou HTML), celui de l'enquêteur ou celui d'un rôle
cli-schema-about = Afficher le schéma JSON du format de grille (pour taplo / Even Better TOML)
cli-completions-about = Afficher la complétion pour un shell (bash, zsh, fish, elvish, powershell)
cli-man-about = Afficher la page de manuel (roff), par exemple `utilsoc man > utilsoc.1`
cli-arg-delimiter = Séparateur de champs des CSV : `,`, `;` ou `tab` (détecté par défaut)
cli-arg-strict = Les colonnes inconnues sont des erreurs, pas des avertissements
cli-arg-lenient = Signaler les cellules qui ne correspondent pas à leur échelle, les compter comme manquantes et continuer
cli-arg-action-column = La colonne de l'action, par le texte de son en-tête (comparé sans tenir compte de la casse, des accents, des espaces ni de la ponctuation)
cli-arg-period-column = La colonne de la période, par le texte de son en-tête
cli-arg-role-column = La colonne du rôle, par le texte de son en-tête
cli-arg-respondent-column = La colonne qui identifie le répondant, par le texte de son en-tête
cli-arg-action = L'action de chaque ligne des fichiers sans colonne d'action (un formulaire par action)
cli-arg-period = La période de chaque ligne des fichiers sans colonne de période
cli-arg-role = Le rôle de chaque ligne des fichiers sans colonne de rôle
cli-arg-header-row = La ligne de l'en-tête, à partir de 1 (cherchée par défaut parmi les premières lignes) ; une deuxième ligne d'en-tête juste dessous est encore reconnue
cli-arg-sheet = La feuille à lire des fichiers XLSX et ODS, par son nom (par défaut : la première)
cli-arg-period-from = La période de chaque ligne, tirée de cette colonne de dates (le texte de son en-tête)
cli-arg-period-by = Le découpage du temps par --period-from : 2025, 2025-S1, 2025-T1 ou 2025-03
cli-arg-date-format = L'ordre des dates écrites 03/04/2025, quand la colonne ne permet pas de le savoir : `dmy` (jour d'abord) ou `mdy` (mois d'abord)
cli-arg-grid = La grille : l'identifiant d'une grille intégrée ou un fichier de grille
cli-arg-inputs = Fichiers CSV et fichiers d'évaluation (`-` lit l'entrée standard), lus comme un seul jeu de données
cli-arg-by = Séparer aussi les groupes par rôle (les périodes le sont toujours), et montrer où les rôles divergent
cli-arg-min-responses = Signaler les scores qui reposent sur moins de N réponses (toujours calculés, affichés en gris, sans évolution tirée d'eux) ; 0 désactive. Par défaut : aucun pour `score`, 5 pour `report`
cli-arg-min-coverage = Signaler les scores qui couvrent moins de cette part (0-1) de leurs indicateurs ; 0 désactive. Par défaut : aucun pour `score`, 0,5 pour `report`
cli-arg-output = Écrire dans ce fichier plutôt que sur la sortie standard
cli-score-arg-format = Format de sortie (par défaut : selon l'extension de -o, sinon table)
cli-score-arg-output = Écrire dans ce fichier (de façon atomique) plutôt que sur la sortie standard
cli-score-arg-excel = CSV pour Excel en français : `;`, virgules décimales et BOM UTF-8
cli-score-arg-distributions = Tableau : montrer les indicateurs à niveaux et oui/non sous leur critère, avec la part de réponses favorables et le nombre de réponses par niveau
cli-check-arg-files = Fichiers de grille à vérifier (`-` lit l'entrée standard) ; avec --grid, fichiers de données
cli-check-arg-grid = Vérifier des fichiers de données (CSV) selon cette grille (identifiant intégré ou fichier) au lieu de vérifier des grilles
cli-check-arg-builtin = Vérifier aussi les grilles intégrées
cli-check-arg-format = Format de sortie : `human` (extraits du fichier, valeur fautive soulignée), `json` (un document JSON) ou `github` (annotations GitHub Actions)
cli-check-arg-deny-warnings = Sortir avec le code 1 aussi pour des avertissements
cli-check-arg-explain = Expliquer un code de constat (par exemple `unknown-key`) et s'arrêter
cli-evaluate-arg-action = L'action évaluée (demandée si absente)
cli-evaluate-arg-period = La période : 2025, 2025-S1, 2025-T2, 2025-03 ou 2024-2025 (demandée si absente)
cli-evaluate-arg-role = Qui répond : salarié, bénévole, participant… (demandé si absent)
cli-evaluate-arg-evaluator = Qui remplit l'évaluation
cli-evaluate-arg-output = Le fichier d'évaluation ; un fichier existant est repris (par défaut : evaluation-….toml, nommé d'après l'action, la période, le rôle et l'évaluateur)
cli-evaluate-arg-review = Repasser sur toutes les réponses, valeurs actuelles présélectionnées
cli-evaluate-arg-collective = L'autoévaluation consensuelle d'un groupe (kind = "collective"), une série à part dans les scores, jamais moyennée avec les réponses individuelles
cli-template-arg-format = Ce qu'il faut écrire
cli-template-arg-actions = Actions à lister dans le CSV, une ligne chacune (séparées par des virgules)
cli-template-arg-excel = CSV pour Excel en français : `;` et BOM UTF-8
cli-template-arg-all = Questionnaire : tous les indicateurs, pas seulement ceux posés en questions
cli-report-arg-format = Format de sortie (par défaut : selon l'extension de -o, sinon html)
cli-report-arg-output = Le fichier du rapport (en Markdown, ses graphiques sont écrits en SVG à côté)
cli-completions-arg-shell = Le shell
cli-error-more = Pour plus d'informations, essayez « --help ».
cli-error-unknown-subcommand = sous-commande inconnue `{ $name }`
cli-error-unexpected-argument = argument inattendu `{ $name }`
cli-error-tip-escape = pour donner `{ $value }` comme valeur, écrivez `-- { $value }`
cli-error-empty-value = `{ $arg }` demande une valeur
cli-error-invalid-value = valeur `{ $value }` invalide pour `{ $arg }`
cli-error-invalid-value-among = valeur `{ $value }` invalide pour `{ $arg }` (valeurs possibles : { $values })
cli-error-value-validation = valeur `{ $value }` invalide pour `{ $arg }` : { $reason }
cli-error-missing-arguments = { $count ->
    [one] il manque un argument obligatoire : { $args }
   *[other] il manque des arguments obligatoires : { $args }
}
cli-error-missing-subcommand = `{ $name }` demande une sous-commande : { $commands }
cli-error-repeated = `{ $arg }` est donné plus d'une fois
cli-error-conflict = `{ $arg }` ne peut pas s'employer avec { $other }
cli-error-too-many-values = valeur inattendue `{ $value }` pour `{ $arg }` : il n'en prend pas d'autre
cli-error-number-of-values = `{ $arg }` prend { $expected } valeurs, { $actual } données
cli-error-no-equals = `{ $arg }` prend sa valeur après `=`
cli-error-invalid-utf8 = un argument n'est pas en UTF-8 valide
cli-error-other = la ligne de commande ne peut pas être lue
cli-error-delimiter = `,`, `;` ou `tab` attendu, trouvé `{ $value }`
cli-error-share = une part de 0 à 1 est attendue (0,5 pour la moitié des indicateurs), trouvé `{ $value }`
cli-error-header-row = un numéro de ligne de 1 à 1000 est attendu, trouvé `{ $value }`
# issue 13: the question screen (i13-walk)
eval-overview-legend = Par critère : indicateurs renseignés / à renseigner (une réponse, « ne sait pas » et « sans objet » comptent) ; s.o. : sans objet ; passé : encore à renseigner. Choisissez un critère pour y aller.
eval-overview-na = { $count } s.o.
eval-overview-skipped = { $count ->
    [one] { $count } passé
   *[other] { $count } passés
}
# issue 13: début, reprise et fin d'une autoévaluation (evaluate)
evaluate-resume-open = À compléter, par critère (indicateurs renseignés / indicateurs du critère) :
evaluate-criterion-skipped = { $counts }, { $count ->
        [one] 1 passé
       *[other] { $count } passés
    }
evaluate-more-criteria = … et { $count ->
        [one] 1 autre critère
       *[other] { $count } autres critères
    }
evaluate-more-skipped = … et { $count ->
        [one] 1 autre indicateur passé
       *[other] { $count } autres indicateurs passés
    }
evaluate-skipped-criterion = { $criterion } :
evaluate-count-answers = { $count ->
        [one] 1 réponse
       *[other] { $count } réponses
    }
evaluate-count-na = { $count } sans objet
evaluate-count-dont-know = { $count } « ne sait pas »
evaluate-end-complete = Tous les indicateurs sont renseignés ({ $total }) : { $breakdown }.
evaluate-end-finished = Parcours terminé : { $complete ->
        [one] 1 indicateur renseigné
       *[other] { $complete } indicateurs renseignés
    } sur { $total }{ $breakdown }.
evaluate-end-quit = Enregistré : { $complete ->
        [one] 1 indicateur renseigné
       *[other] { $complete } indicateurs renseignés
    } sur { $total }{ $breakdown }.
evaluate-end-remaining = { $count ->
        [one] Il en reste 1
       *[other] Il en reste { $count }
    } ({ $skipped ->
        [0] {""}
        [one] 1 passé, {""}
       *[other] { $skipped } passés, {""}
    }{ $unseen ->
        [one] 1 pas encore vu
       *[other] { $unseen } pas encore vus
    }). À compléter, par critère (indicateurs renseignés / indicateurs du critère) :
evaluate-end-skipped = { $count ->
        [one] 1 indicateur passé (non renseigné)
       *[other] { $count } indicateurs passés (non renseignés)
    }, par critère :
evaluate-next-continue = Pour continuer là où vous vous êtes arrêté·e :
evaluate-next-review = Pour revenir sur les indicateurs passés (les réponses déjà données sont proposées, Entrée les garde) :
evaluate-next-score = Ensuite, les scores et le rapport de cette évaluation :
evaluate-action-hint = L'action évaluée, par exemple « ateliers numériques » ou « fête de quartier » : elle nomme le fichier et les scores.
evaluate-period-hint = La période couverte : une année (2025), un semestre (2025-S1), un trimestre (2025-T2), un mois (2025-03) ou plusieurs années (2024-2025). Entrée garde celle entre crochets.
evaluate-role-hint = Chaque rôle n'a que les questions qui le concernent, dans ses mots ; sans rôle, le fichier tient les chiffres de la structure.
# issue 13: sorties à 80 colonnes, légendes, fichiers écrits, en-têtes Excel
col-size = Contenu
grid-list-size = { $domains ->
        [one] 1 domaine
       *[other] { $domains } domaines
    }
    { $criteria ->
        [one] 1 critère
       *[other] { $criteria } critères
    }
    { $indicators ->
        [one] 1 indicateur
       *[other] { $indicators } indicateurs
    }
grid-scale-line = échelle : { $scale }
table-cell-legend = Chaque case : score sur 100 (indicateurs notés/à noter), par exemple 65 (5/10) ; — : aucun indicateur noté.
report-written-html = Rapport écrit dans { $path } ; ouvrez-le dans un navigateur : { $url }
report-written-markdown = Rapport écrit dans { $path }, { $charts ->
        [0] sans graphique
        [one] avec son graphique dans { $folder }
       *[other] avec ses { $charts } graphiques dans { $folder }
    }
score-written = Scores écrits dans { $path }
excel-col-action = Action
excel-col-period = Période
excel-col-role = Rôle
excel-col-node = Élément
excel-col-id = Identifiant
excel-col-label = Libellé
excel-col-score = Score
excel-col-scored = Notés
excel-col-scorable = À noter
excel-col-value = Valeur
excel-col-status = Statut
excel-col-responses = Réponses
excel-col-divergence = Écart entre rôles
excel-col-favourable = Favorables (%)
excel-col-flag = Signalement
excel-col-series = Série
excel-col-dont-know = Ne sait pas
excel-col-distribution = Répartition par niveau
grids-list-next = Pour voir une grille en détail (son id est dans la première colonne) :
grids-show-next = Pour vous autoévaluer avec cette grille :

# issue 14: démarche folder (utilsoc.toml, init)
demarche-folder-data = donnees
demarche-folder-evaluations = evaluations
demarche-folder-reports = rapports
demarche-table-top = le fichier de la démarche
demarche-table-action = une table `[[actions]]`
demarche-table-source = une table `[[sources]]`
demarche-table-folders = la table `[folders]`
demarche-table-target = une table `[[targets]]`
demarche-invalid = { $path } contient des erreurs : corrigez-les pour utiliser la démarche (ou lancez la commande avec --no-demarche)
demarche-none = pas de démarche ici (aucun utilsoc.toml dans ce dossier ni au-dessus) : donnez --grid et les fichiers à lire, ou commencez-en une avec `utilsoc init`
demarche-no-inputs = la démarche n'a pas encore de données : mettez les fichiers dans { $data } (comme le disent ses [[sources]]) ou des autoévaluations dans { $evaluations }
demarche-used = démarche « { $title } » ({ $path })
demarche-report-html = rapport.html
demarche-report-markdown = rapport.md
demarche-comment-head =
    Démarche d'évaluation de l'utilité sociale, lue par utilsoc.
    Les commandes lancées dans ce dossier ou un sous-dossier s'en servent :
    utilsoc score, utilsoc report, utilsoc check et utilsoc evaluate.
demarche-comment-organisation = Le nom de l'organisation.
demarche-comment-title = Le titre de la démarche.
demarche-comment-grid =
    La grille : l'identifiant d'une grille intégrée (utilsoc grids list)
    ou le chemin d'un fichier de grille, relatif à ce dossier.
demarche-comment-periods = Les périodes évaluées : 2025, 2025-S1 (semestre), 2025-T1 (trimestre), 2025-03 (mois).
demarche-comment-roles = Qui répond (identifiants des rôles de la grille) ; vide : tous ses rôles.
demarche-comment-folders =
    Les dossiers de la démarche, relatifs à ce dossier : les données reçues,
    les autoévaluations (utilsoc evaluate) et les rapports (utilsoc report).
demarche-comment-actions =
    Les actions évaluées. aliases : les autres noms ou codes sous lesquels
    l'action apparaît dans les données, par exemple ["A1", "atelier_couture"].
demarche-comment-sources =
    D'où viennent les données : un fichier ou un motif (donnees/*.csv), et les
    options d'import des exports : sheet, header_row, action_column, action,
    period_column, period, period_from, period_by, date_format, role_column,
    role, respondent_column, delimiter.
demarche-comment-targets =
    Les cibles convenues (avec un financeur, un partenaire) l'emportent sur
    celles de la grille, par exemple :
init-exists = { $path } existe déjà : ce dossier est déjà une démarche (modifiez ce fichier, ou choisissez un autre dossier)
init-no-terminal = `utilsoc init` demande ce que ses options ne disent pas, et il lui faut pour cela un terminal : donnez { $options }, ou --yes pour garder les valeurs par défaut
init-default-title = Évaluation de l'utilité sociale
init-written = Démarche écrite : { $path }, avec les dossiers { $data }, { $evaluations } et { $reports }. Mettez les données dans { $data }, puis lancez `utilsoc score`.
init-welcome = Nouvelle démarche. Entrée garde la valeur proposée.
init-ask-organisation = Organisation
init-ask-title = Titre de la démarche
init-ask-grid = Grille
init-ask-periods = Périodes évaluées (séparées par des virgules, ex. 2025, 2025-S1)
init-ask-actions = Actions évaluées (séparées par des virgules)
init-ask-roles = Qui répond (rôles de la grille, séparés par des virgules)
init-unknown-role = `{ $role }` n'est pas un rôle de la grille `{ $grid }` (ses rôles : { $roles })
init-cannot-create = impossible de créer le dossier { $path } : { $error }
cli-init-about = Commencer une démarche dans un dossier : utilsoc.toml et ses dossiers
cli-init-arg-dir = Le dossier de la démarche (par défaut : le dossier courant ; créé s'il n'existe pas)
cli-init-arg-grid = La grille : l'identifiant d'une grille intégrée ou un fichier de grille (relatif au dossier)
cli-init-arg-organisation = Le nom de l'organisation
cli-init-arg-title = Le titre de la démarche
cli-init-arg-periods = Une période évaluée (répétable)
cli-init-arg-actions = Une action évaluée (répétable)
cli-init-arg-roles = Un rôle de la grille qui répond (répétable)
cli-init-arg-yes = Ne rien demander : ce que les options ne disent pas prend sa valeur par défaut
cli-arg-no-demarche = Ignorer la démarche (utilsoc.toml) de ce dossier ou d'un dossier parent
cli-value-dir = DOSSIER
evaluate-offered-other = une autre (à saisir)
# issue 14: local grids
table-override = la table override
extends-unknown-grid = `extends` nomme une grille intégrée inconnue `{ $id }` : grilles intégrées : { $available }
label-extends-unknown = pas une grille intégrée
extends-version = `extends` demande la version majeure « { $wanted } » de `{ $id }`, qui est en version { $version }
label-extends-version = la grille intégrée est en version { $version }
unknown-node = `{ $id }` n'est ni un domaine, ni un critère, ni un indicateur de la grille `{ $grid }`
label-unknown-node = id inconnu dans la grille de base
override-key-not-for-node = la clé `{ $key }` ne peut pas être changée sur { $node } `{ $id }`
added-indicator-exists = l'indicateur ajouté `{ $id }` existe déjà dans la grille `{ $grid }`
label-added-indicator-exists = id déjà pris par la grille de base
note-added-indicator-exists = pour changer cet indicateur, utilisez une table [override.ID] ; pour le remplacer, ignorez-le d'abord (ignore = [...])
label-in-base-grid = dans la grille de base `{ $grid }`
local-key-without-extends = `{ $key }` ne sert qu'à une grille locale, qui étend une grille intégrée
label-local-key-without-extends = sans `extends`, rien à changer
note-local-key-without-extends = ajoutez en tête `extends = "centres-sociaux"` (ou l'id d'une autre grille intégrée), ou retirez cette clé
grid-extends = étend { $grid } { $version }
replaces-current = l'indicateur `{ $id }` remplace `{ $old }`, qui est encore un indicateur de la grille
label-replaces-current = id d'un indicateur actuel
replaces-twice = `{ $old }` est remplacé à la fois par `{ $first }` et par `{ $id }`
label-replaces-twice = déjà remplacé par un autre indicateur
evaluation-mapped-pair = `{ $old }` lu comme `{ $new }`
cli-grids-diff-about = Comparer deux grilles : indicateurs ajoutés, retirés, renommés et modifiés
cli-grids-diff-arg-old = L'ancienne grille : l'identifiant d'une grille intégrée ou un fichier de grille (une grille locale est résolue)
cli-grids-diff-arg-new = La nouvelle grille : l'identifiant d'une grille intégrée ou un fichier de grille
cli-grids-diff-arg-format = Format de sortie : `table` (des lignes à lire) ou `json` (un document JSON)
diff-header = De { $old } à { $new } :
diff-none = aucun indicateur ne diffère.
diff-added = Ajoutés ({ $count }) :
diff-removed = Retirés ({ $count }) :
diff-changed = Modifiés ({ $count }) :
diff-renamed = { $new }, anciennement { $old }
diff-change = { $field } : { $old } → { $new }
diff-empty = (rien)
diff-field-label = libellé
diff-field-question = question
diff-field-scale = échelle
diff-field-scoring = notation
diff-field-aggregate = agrégation
diff-field-weight = poids
diff-field-criterion = critère
label-ignore-emptied = ces id le laissent vide
note-ignore-emptied = pour retirer tout un critère ou un domaine, mettez son propre id dans `ignore`
# issue 14: agreed targets
cli-arg-targets = Cibles convenues pour certaines actions ou périodes (tables `[[targets]]`, comme dans le utilsoc.toml d'une démarche), utilisées à la place de celles de la grille
error-invalid-targets = les cibles convenues `{ $path }` contiennent des erreurs
agreed-target-unknown-indicator = cible convenue pour `{ $id }`, qui n'est pas un indicateur de la grille
agreed-target-not-a-number = cible convenue pour `{ $id }`, dont l'échelle est de type `{ $kind }` : seuls les nombres prennent une cible
agreed-target-not-finite = la valeur { $value } d'une cible convenue n'est pas un nombre fini
agreed-target-equals-baseline = la cible convenue pour `{ $id }` est égale à sa situation de départ ({ $value }) : rien ne pourrait se placer entre les deux
agreed-target-tie = deux cibles convenues pour `{ $id }` nomment la même action ({ $action }) et la même période ({ $period }) : aucune n'est plus précise que l'autre
agreed-target-every = toutes
label-agreed-target = dans cette cible convenue
label-agreed-target-first = la première
excel-col-target = Cible
excel-col-baseline = Situation de départ
excel-col-target-source = Origine de la cible
excel-col-agreed-with = Convenue avec
excel-col-agreed-on = Convenue le

# issue 14: init --local-grid
cli-init-arg-local-grid = Adapter la grille intégrée dans un fichier de grille propre à la démarche (`extends`), que `utilsoc.toml` désigne alors
init-ask-adapt = Adapter la grille ?
init-grid-as-is = L'utiliser telle quelle
init-grid-adapt = L'adapter dans un fichier à nous (retirer, modifier, ajouter des indicateurs)
init-local-grid-file = grille.toml
init-local-grid-written = Grille locale écrite : { $path }, sur la grille { $base }. Adaptez-la, puis vérifiez-la avec `utilsoc check { $path }`.
init-local-grid-header =
    Notre grille : la grille intégrée « { $base } », adaptée à notre structure.
    Vérifiez-la avec `utilsoc check`, affichez-la avec `utilsoc grids show grille.toml`.
init-local-grid-ignore = Les indicateurs, critères ou domaines que nous ne retenons pas (leurs identifiants) :
init-local-grid-override = Changer un champ d'un domaine, d'un critère ou d'un indicateur, désigné par son identifiant :
init-local-grid-add = Ajouter un domaine, un critère ou un indicateur (sous un identifiant existant, il s'y ajoute) :

## Jugement du groupe (utilsoc judge)
judgement-header = Jugement du groupe écrit par `utilsoc judge` : chaque réponse est enregistrée aussitôt.
    Relancez la même commande pour continuer ; `utilsoc report` ouvre le rapport sur ce jugement.
    verdict : met (atteint), partly (en partie), not_met (pas atteint), cannot_say (ne peut pas dire).
judgement-verdict-met = atteint
judgement-verdict-partly = en partie
judgement-verdict-not-met = pas atteint
judgement-verdict-cannot-say = ne peut pas dire
judgement-file = jugement.toml

# issue 14: démarche checks (lead)
demarche-undefined-role = la démarche nomme le rôle `{ $role }`, que la grille ne définit pas
demarche-stray-file = ce fichier du dossier des évaluations n'est pas lu : seuls les fichiers `.toml` le sont
demarche-stray-folder = ce dossier, dans le dossier des évaluations, n'est pas lu : seuls les fichiers `.toml` du dossier lui-même le sont
note-stray-file = les exports d'enquête vont dans `{ $data }` ; une évaluation se nomme `*.toml`
# issue 14: report (démarche, judgement, référentiel, targets)
cli-report-arg-judgement = Le fichier du jugement du groupe (écrit par `utilsoc judge`) sur lequel le rapport s'ouvre ; par défaut, celui de la démarche (jugement.toml) s'il existe
report-judgement-unreadable = le jugement `{ $path }` ne peut pas être lu : { $error }
report-judgement-invalid = le jugement `{ $path }`, ligne { $line } : { $error }
report-judgement-invalid-noline = le jugement `{ $path }` : { $error }
report-judgement-format = le jugement `{ $path }` est au format { $format } ; cette version lit le format { $expected }
report-judgement-other-grid = le jugement `{ $path }` porte sur la grille `{ $recorded }`, pas sur `{ $grid }` utilisée par ce rapport
report-judgement-other-version = le jugement `{ $path }` a été enregistré avec la version { $recorded } de la grille `{ $grid }`, qui est maintenant en version { $version } : il est repris tel quel
report-judgement-grid-changed = la grille `{ $grid }` a changé depuis le jugement `{ $path }` (même version, contenu différent) : il est repris tel quel
report-judgement = Appréciation du groupe
report-judgement-intro = Ce que le groupe a conclu des résultats (jugement commencé le { $date }). Le score est celui d'aujourd'hui.
report-judgement-intro-who = Ce que le groupe ({ $who }) a conclu des résultats (jugement commencé le { $date }). Le score est celui d'aujourd'hui.
report-judgement-col-score = Score (aujourd'hui)
report-judgement-col-verdict = Appréciation
report-judgement-col-argument = Argument
report-judgement-col-recommendations = Recommandations
report-judgement-col-pending = pas encore jugés
report-judgement-undecided = à décider
report-judgement-changed = { $marker } { $criterion } : les chiffres ont changé depuis le jugement (score alors : { $then } ; aujourd'hui : { $now })
report-judgement-figures = { $score }, { $responses ->
        [one] { $responses } réponse
       *[other] { $responses } réponses
    }
report-judgement-figures-no-score = pas de score, { $responses ->
        [one] { $responses } réponse
       *[other] { $responses } réponses
    }
report-judgement-synthesis = Synthèse
report-judgement-synthesis-caption = Appréciations par action, sur les { $criteria } critères de la grille
report-plan = Plan d'action
report-plan-none = Le groupe n'a pas encore arrêté de plan d'action.
report-plan-col-what = Quoi
report-plan-col-who = Qui
report-plan-col-when = Quand
report-plan-whole = toute la structure
report-method-no-judgement = Le groupe n'a pas encore consigné son jugement sur ces résultats (`utilsoc judge`) : ce rapport ne donne que les chiffres.
report-referential = Référentiel
report-referential-local = { $grid } : notre grille, adaptée de la grille intégrée « { $base } » (`{ $id }`, version { $version }).
report-referential-base-unknown = La grille intégrée `{ $id }` n'est pas connue de cette version d'utilsoc : ce qui a été adapté ne peut pas être détaillé.
report-referential-unchanged = Aucun indicateur n'a été retiré, ajouté ni modifié.
report-referential-removed = Indicateurs retirés ({ $count }) : { $list }
report-referential-added = Indicateurs ajoutés ({ $count }) : { $list }
report-referential-changed = Indicateurs modifiés ({ $count }) : { $list }
report-referential-renamed = remplace un indicateur
report-referential-definition = Notre utilité sociale, dans nos mots :
report-referential-chosen-by = Critères choisis par : { $list }
report-referential-participants = Personnes ayant pris part au choix : { $count }
report-referential-chosen-on = Date du choix des critères : { $date }
report-referential-as-published = La grille « { $title } » (`{ $id }`, version { $version }) est utilisée telle qu'elle est publiée.
report-referential-no-definition = La grille ne consigne pas encore la définition de notre utilité sociale (`utilsoc grids adapt`).
report-targets = Cible / réalisé
report-targets-agreed = Cible convenue / réalisé
report-targets-intro = Pour les indicateurs chiffrés notés par rapport à une cible : la situation de départ vaut 0, la cible 100. Le réalisé est la valeur agrégée de toutes les réponses de l'action.
report-targets-col-baseline = Situation de départ
report-targets-col-target = Cible
report-targets-col-achieved = Réalisé
report-targets-col-score = Score
report-target-grid = de la grille
report-target-agreed = convenue
report-target-agreed-with = convenue avec { $with }
report-target-agreed-on = convenue le { $date }
report-target-agreed-with-on = convenue avec { $with } le { $date }
# issue 14: utilsoc judge
cli-judge-about = Le jugement du groupe : appréciation de chaque critère, puis un plan d'action
cli-judge-arg-only = Juger seulement cette action, par son nom dans les données (répétable ; par défaut : toutes)
cli-judge-arg-only-period = Juger seulement cette période (par défaut : toutes celles des données)
cli-judge-arg-file = Le fichier du jugement ; s'il existe, il est repris (par défaut : jugement.toml ou judgement.toml à côté de utilsoc.toml, sinon dans le dossier courant)
cli-judge-arg-review = Repasser sur chaque critère, les réponses enregistrées proposées
cli-judge-arg-by = Toujours par rôle ici, pour montrer où les rôles divergent (accepté pour la même ligne de commande que `report`)
cli-judge-arg-min-responses = Signaler les scores qui reposent sur moins de N réponses ; 0 désactive. Par défaut : 5, comme `report`
cli-judge-arg-min-coverage = Signaler les scores qui couvrent moins de cette part (0-1) de leurs indicateurs ; 0 désactive. Par défaut : 0,5, comme `report`
judge-welcome = Le jugement du groupe sur la grille « { $title } », dans { $path }. Chaque réponse est enregistrée aussitôt.
judge-ask-participants = Qui juge ? (facultatif, par exemple : bureau + 3 habitants)
judge-score = Score ({ $series }) : { $score } / 100
judge-no-score = Pas de score ({ $series }) : aucun indicateur noté
judge-coverage = { $scored ->
    [one] { $scored } indicateur noté
   *[other] { $scored } indicateurs notés
} sur { $scorable } · { $responses ->
    [0] aucune réponse de personne : chiffres de la structure
    [one] { $responses } réponse
   *[other] { $responses } réponses
}
judge-flag = ⚠ À lire avec prudence : { $reason }
judge-divergence = Les rôles divergent : { $roles } (écart de { $spread } points)
judge-quotes = Ce qu'ont dit les répondants :
judge-quote = « { $text } »
judge-ask-verdict = L'appréciation du groupe
judge-skip = ⟶ passer (y revenir plus tard)
judge-stop = ⟶ arrêter (tout ce qui est répondu est enregistré)
judge-ask-argument = Argument (sur quoi repose l'appréciation ; peut rester vide)
judge-ask-recommendations = Recommandations (peut rester vide)
judge-save-quit = Quitter (la dernière réponse n'est pas enregistrée)
judge-resumed = { $done ->
    [one] { $done } critère sur { $total } déjà jugé
   *[other] { $done } critères sur { $total } déjà jugés
} : on reprend au suivant.
judge-all-judged = Tous les critères sont jugés (`--review` les reprend) : place au plan d'action.
judge-left = { $count ->
    [one] { $count } critère passé, pas jugé
   *[other] { $count } critères passés, pas jugés
}
judge-left-back = Y revenir
judge-left-plan = Passer au plan d'action
judge-plan-title = Plan d'action
judge-plan-empty = Aucune étape pour l'instant.
judge-plan-ask = Le plan
judge-plan-add = Ajouter une étape
judge-plan-done = Terminer
judge-plan-what = Ce qui sera fait (vide : pas d'étape)
judge-plan-who = Qui le porte (facultatif)
judge-plan-by-when = Pour quand (facultatif, par exemple : 2027-03)
judge-plan-action = Pour quelle action
judge-plan-whole = toute la structure
judge-plan-criterion = En réponse à quel critère
judge-plan-no-criterion = aucun en particulier
judge-plan-when = échéance : { $when }
judge-plan-not-added = Pas d'étape ajoutée.
judge-holds = { $done ->
    [one] { $done } critère jugé
   *[other] { $done } critères jugés
} sur { $total } et { $steps ->
    [one] { $steps } étape
   *[other] { $steps } étapes
} au plan, enregistrés dans { $path }. Pour continuer : { $again }.
judge-same-command = la même commande
judge-finished = Jugement enregistré dans { $path } : { $done ->
    [one] { $done } critère jugé
   *[other] { $done } critères jugés
} sur { $total }, { $steps ->
    [one] { $steps } étape
   *[other] { $steps } étapes
} au plan. `utilsoc report` s'ouvre sur lui ; `--review` le reprend.
judge-stopped = Arrêté : { $saved }
judge-unsaved = La dernière réponse n'a pas pu être enregistrée. { $saved }
judge-interrupted = interrompu : { $saved }
judge-no-terminal = `utilsoc judge` pose ses questions dans un terminal, et l'entrée ou la sortie d'erreur standard n'en est pas un. Le fichier du jugement ({ $path }) peut aussi s'écrire à la main : son format est dans docs/demarche.md, section « Le jugement du groupe », et `utilsoc check` le vérifie
judge-not-utf8 = { $path } : pas du texte UTF-8 ; le fichier du jugement est laissé tel quel
judge-unreadable = { $path }, ligne { $line } : { $detail } ; le fichier du jugement est laissé tel quel (son format : docs/demarche.md, « Le jugement du groupe »)
judge-format = { $path } : fichier de jugement au format { $format }, cette version lit le format { $expected }
judge-wrong-grid = { $path } enregistre un jugement sur la grille `{ $recorded }`, pas `{ $grid }` : donnez un autre fichier avec --file, ou la grille sur laquelle il a été fait
judge-grid-edited = { $path } a été enregistré sur la grille avant un changement (même version { $version }) : les chiffres ont pu changer ; le prochain enregistrement note la grille actuelle
judge-grid-changed = { $path } a été enregistré sur la version { $recorded } de la grille, qui est maintenant { $version } : les chiffres ont pu changer ; le prochain enregistrement note la grille actuelle
judge-unknown-action = --only : pas d'action « { $action } » dans les données ; ses actions : { $actions }
judge-nothing = rien à juger : aucune action ni période des données ne correspond à --only et --only-period
judgement-check-unreadable = le fichier du jugement ne se lit pas : { $detail }
judgement-check-format = fichier de jugement au format { $format }, cette version lit le format { $expected }
judgement-check-grid = le jugement a été enregistré sur la grille `{ $recorded }`, pas sur celle de la démarche, `{ $grid }`
judgement-check-criterion = pas de critère `{ $criterion }` dans la grille `{ $grid }` : `judge` et `report` le laissent de côté
judgement-check-action = pas d'action « { $action } » dans la démarche ni dans ses données (ses actions : { $actions })
label-judgement-action = action inconnue
label-judgement-here = ici
label-judgement-criterion = critère inconnu

# issue 16: personal data (check --grid)
data-contact-in-answer = le texte de `{ $column }` ressemble à { $kind ->
        [email] une adresse e-mail
       *[phone] un numéro de téléphone
    } : ne gardez pas les coordonnées des personnes dans les réponses
note-contact-in-answer = remplacez-les par un pseudonyme avant de partager le fichier ou de le versionner (voir docs/donnees-personnelles.md)
data-contact-more = { $count ->
        [one] 1 autre texte semblable dans ce fichier
       *[other] { $count } autres textes semblables dans ce fichier
    }
# issue 14: grids adapt, [social_utility], grids export --resolved
table-social-utility = `[social_utility]`
undefined-role-chosen-by = `[social_utility]` nomme dans `chosen_by` le rôle `{ $role }`, que la grille ne définit pas
label-participants = attendu : un nombre entier de personnes, 1 ou plus
label-chosen-on = attendu : une date AAAA-MM-JJ ou AAAA-MM
grid-social-utility-heading = Notre utilité sociale :
grid-social-utility-chosen-by = Critères choisis par : { $who }
grid-social-utility-participants = { $count ->
    [one] { $count } personne y a pris part
   *[other] { $count } personnes y ont pris part
}
grid-social-utility-chosen-on = Date du choix : { $date }
grids-no-grid = aucune grille donnée et pas de démarche ici (pas de utilsoc.toml dans ce dossier ni au-dessus) : nommez une grille intégrée (`utilsoc grids list`) ou un fichier de grille
grids-export-resolved-from =
    La grille { $file } résolue par `utilsoc grids export --resolved` : { $base } { $version } avec ses changements, en un seul fichier de grille autonome (sans `extends`). Modifiez { $file }, pas cette copie.
grids-export-resolved-standalone = La grille { $file } telle qu'utilsoc la lit, écrite par `utilsoc grids export --resolved`.
cli-grids-export-arg-grid = L'identifiant d'une grille intégrée ou un fichier de grille (celle de la démarche par défaut)
cli-grids-export-arg-resolved = Écrire une grille locale résolue, en fichier de grille autonome : sans `extends`, éléments ignorés retirés, modifications appliquées, ajouts fusionnés, `[social_utility]` gardé. Sans cette option, un fichier de grille est écrit tel quel
cli-grids-show-arg-grid = L'identifiant d'une grille intégrée ou un fichier de grille (celle de la démarche par défaut)
adapt-intro = Adapter « { $title } » : { $domains } domaines, { $criteria } critères, { $indicators } indicateurs. Pour chaque critère : le garder, le renommer, changer son poids, le retirer ou passer en revue ses indicateurs ; ajouter des indicateurs à vous. « Terminer » (ou Échap) à tout moment : ce qui est décidé est écrit.
adapt-domain = Domaine { $n }/{ $total } : { $label }
adapt-criterion = › Critère { $n }/{ $total } : { $label } (poids { $weight }, { $indicators ->
    [one] 1 indicateur
   *[other] { $indicators } indicateurs
})
adapt-criterion-ask = Ce critère
adapt-criterion-keep = Le garder et continuer
adapt-criterion-rename = Le renommer
adapt-criterion-weight = Changer son poids
adapt-criterion-indicators = Passer en revue ses indicateurs
adapt-add = Ajouter un indicateur
adapt-criterion-drop = Retirer ce critère
adapt-finish = ⟶ Terminer (écrire ce qui est décidé)
adapt-ask-label = Nouveau libellé
adapt-ask-weight = Poids (plus de 0)
adapt-bad-weight = `{ $value }` n'est pas un poids : un nombre plus grand que 0 (1, 2, 0,5)
adapt-keep-one = c'est le dernier critère de la grille : il reste (une grille en demande un)
adapt-domain-dropped = le domaine « { $label } » n'a plus de critère : il est retiré
adapt-last-indicator = c'est le dernier indicateur du critère : le critère est retiré avec lui
adapt-indicator = · Indicateur { $n }/{ $total } : { $label }
adapt-indicator-question = Question : { $question }
adapt-indicator-scale = Échelle : { $scale }
adapt-indicator-weight = Poids : { $weight }
adapt-indicator-target = Cible : { $target }
adapt-indicator-ask = Cet indicateur
adapt-indicator-keep = Le garder et continuer
adapt-indicator-reword = Reformuler la question
adapt-indicator-weight-change = Changer son poids
adapt-indicator-target-change = Changer sa cible
adapt-indicator-drop = Retirer cet indicateur
adapt-ask-question = Question
adapt-ask-target = Cible (la valeur qui vaut 100 ; vide : inchangée)
adapt-no-target = aucune
adapt-bad-target = `{ $value }` ne peut pas être la cible : un nombre au-dessus de la situation de départ { $baseline }, au plus { $max }
adapt-bad-target-lower = `{ $value }` ne peut pas être la cible : ici, moins c'est mieux ; un nombre sous la situation de départ { $baseline }
adapt-add-intro = Un nouvel indicateur sous ce critère : son libellé, la question posée, son échelle de réponse et son poids.
adapt-ask-new-label = Libellé (ce qui est mesuré)
adapt-label-needed = il faut un libellé
adapt-ask-new-question = Question posée (vide : aucune)
adapt-ask-new-scale = Échelle de réponse
adapt-add-cancelled = aucun indicateur ajouté
adapt-added = indicateur `{ $id }` ajouté
adapt-scale-levels = { $count } niveaux : { $levels }
adapt-scale-boolean = oui ou non
adapt-scale-number = un nombre{ $unit }
adapt-scale-number-range = un nombre de { $min } à { $max }{ $unit }
adapt-scale-text = une réponse libre (texte)
adapt-record-intro = Pour finir, notre utilité sociale en quelques phrases, avec nos mots ; puis qui a choisi ces critères, combien de personnes et quand.
adapt-ask-definition = Notre utilité sociale
adapt-ask-chosen-by = Qui a pris part au choix des critères (Espace coche, Entrée valide)
adapt-ask-chosen-by-free = Qui a pris part au choix des critères (séparés par des virgules)
adapt-ask-participants = Combien de personnes (vide : non précisé)
adapt-bad-participants = `{ $value }` n'est pas un nombre de personnes : un nombre entier, 1 ou plus
adapt-ask-chosen-on = Quand (AAAA-MM-JJ ou AAAA-MM)
adapt-bad-chosen-on = `{ $value }` n'est pas une date : AAAA-MM-JJ ou AAAA-MM
adapt-no-terminal = `utilsoc grids adapt` pose ses questions dans un terminal, et il n'y en a pas ici : écrivez la grille locale à la main (`extends`, `ignore`, `[override.ID]`, indicateurs ajoutés, `[social_utility]`), comme le montrent docs/demarche.md « Local grids » et docs/grid-format.md, puis vérifiez-la avec `utilsoc check`
adapt-needs-output = donnez le fichier de grille locale à écrire : `utilsoc grids adapt { $grid } -o grille.toml`
adapt-target-exists = { $path } existe déjà : adaptez-le avec `utilsoc grids adapt { $path }`, ou choisissez un autre fichier avec -o
adapt-not-local = { $path } est une grille à part entière, pas une grille locale sur une grille intégrée (pas d'`extends`) : `grids adapt` adapte une grille intégrée ou une grille locale
adapt-title = { $title }, adaptée
adapt-header =
    Notre grille : la grille intégrée « { $base } »,
    adaptée avec `utilsoc grids adapt`. Vérifiez-la avec `utilsoc check` ;
    affichez-la avec `utilsoc grids show`.
adapt-comment-ignore = Ce que nous ne mesurons pas (identifiants de la grille de base) :
adapt-comment-was = Dans { $base } : { $value }
adapt-comment-added = Nos indicateurs, sous les critères de la grille de base :
adapt-comment-record = Notre utilité sociale, et qui a choisi les critères :
adapt-finished-early = Terminé avant la fin : le reste de la grille est gardé tel quel.
adapt-done = Grille locale écrite : { $path } (retirés : { $dropped }, renommés : { $renamed }, poids changés : { $reweighted }, questions reformulées : { $reworded }, cibles changées : { $retargeted }, ajoutés : { $added }). Pour la voir :
cli-grids-adapt-about = Adapter une grille dans le terminal : garder, retirer, renommer, repondérer, reformuler, ajouter des indicateurs, et noter la définition de l'utilité sociale propre à la structure ; écrit une grille locale
cli-grids-adapt-arg-grid = L'identifiant d'une grille intégrée ou un fichier de grille locale (celle de la démarche par défaut)
cli-grids-adapt-arg-output = La grille locale à écrire (par défaut : `grille.toml` dans la démarche, ou la grille locale donnée, modifiée sur place)
adapt-interrupted = interrompu : ce qui était décidé est écrit dans { $path }. Pour reprendre à partir de là : `{ $command }`
adapt-interrupted-nothing = interrompu : rien n'était décidé, rien n'est écrit

# issue 16: grilles utilite-sociale, creation-de-valeur, centres-sociaux (rapports dans les pourcentages)
data-ratio-percentage = `{ $file }` : { $count ->
    [one] une valeur
   *[other] { $count } valeurs
} de la colonne { $column } { $count ->
    [one] est comprise
   *[other] sont comprises
} entre 0 et 1, comme `{ $value }`, pour un pourcentage de 0 à 100 : `{ $value }` compte pour { $value } %, pas { $percent } %
data-ratio-percentage-hint = une part s'écrit en pourcentage : 35 pour 35 %, pas 0,35 (multipliez le rapport par 100) ; une valeur vraiment inférieure à 1 % peut rester

# lead: joining clauses of one message
clause-separator = {"\u00A0"};{" "}
judge-to-plan = ⟶ passer au plan d'action (les autres critères attendront)

# issue 14: long data naming indicators the local grid leaves out (lead)
data-left-out = `{ $file }` : { $rows ->
    [one] { $rows } ligne nomme
   *[other] { $rows } lignes nomment
} un indicateur que la grille `{ $grid }` laisse de côté ; { $rows ->
    [one] elle n'est pas lue
   *[other] elles ne sont pas lues
} : { $indicators }
data-left-out-one = `{ $indicator }` ({ $rows ->
    [one] { $rows } ligne
   *[other] { $rows } lignes
})
data-left-out-hint = la grille locale les retire avec `ignore` ; retirez-les de son `ignore` pour les compter

# lead: a local grid repeating an id of its base
note-also-in-base-grid = la première définition est dans la grille de base `{ $grid }` (utilsoc grids show { $grid })
# issue 15: respondent questionnaires
cli-template-arg-role = Le questionnaire d'un rôle de la grille, tel que ses répondants le reçoivent (sans identifiants ni consignes)
template-dont-know = Je ne sais pas
template-asked-of = Posée à : { $roles }
template-role-wording = { $role } : « { $question } »
template-respondent-role = Questionnaire : { $role }
template-respondent-action = Action :
template-respondent-date = Date :
template-respondent-opening = Ce questionnaire nous aide à voir ce que nos actions apportent, pour les améliorer avec vous. Il est anonyme : n'y écrivez pas votre nom. Il n'y a pas de bonne ou de mauvaise réponse : c'est votre avis qui compte.
template-respondent-instructions = Cochez une case par question. Si une question ne vous concerne pas, cochez « Sans objet » ; vous pouvez aussi laisser une question sans réponse.
template-respondent-thanks = Merci pour vos réponses !
template-html-needs-role = le questionnaire HTML est celui d'un rôle : choisissez-le parmi les rôles de la grille : { $roles } (la version de l'enquêteur, avec tous les rôles, s'écrit en Markdown)
