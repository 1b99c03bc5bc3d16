### Explications des codes de constat, en français, affichées par `utilsoc check --explain CODE`.
### Un message `explain-CODE` par code de `diag::Code` ; en-explain.ftl a les mêmes identifiants.

## Constats sur le fichier.

explain-not-utf8 =
    Le fichier n'est pas un texte UTF-8 valide. Les grilles sont lues en UTF-8
    uniquement : rien d'autre n'est vérifié dans le fichier tant que ce n'est pas
    corrigé. Le constat désigne le premier octet invalide, le plus souvent une lettre
    accentuée enregistrée en Windows-1252 (Latin-1) par un ancien éditeur ou par Excel.
    Enregistrez à nouveau le fichier avec l'encodage UTF-8 (dans la plupart des
    éditeurs : « Enregistrer sous… », encodage UTF-8).

explain-empty-file =
    Le fichier est vide ou ne contient que des espaces. Une grille contient au moins
    `format`, `id`, `version`, `title` et un domaine avec ses critères et ses
    indicateurs. Pour commencer une nouvelle grille, exportez une grille intégrée et
    adaptez-la : `utilsoc grids export utilite-sociale -o ma-grille.toml`.

explain-file-too-large =
    Le fichier dépasse la taille permise pour son genre et n'a pas été lu du tout,
    jamais tronqué : 4 Mio (4 194 304 octets) pour une grille, 16 Mio pour un
    fichier d'évaluation. Aucune vraie grille ni évaluation n'approche cette
    taille : le chemin désigne sans doute par erreur un export de données ou un
    autre fichier. Vérifiez le nom du fichier ; grilles et évaluations sont de
    petits fichiers TOML.

explain-toml-syntax =
    Le fichier n'est pas du TOML valide : son contenu n'a pas pu être vérifié plus
    avant. Le constat reprend le message de l'analyseur et désigne l'endroit. Causes
    fréquentes : un guillemet fermant oublié, un `=` manquant, une virgule manquante
    entre deux éléments d'une liste, une clé ou une table définie deux fois (par
    exemple deux tables `[scales.accord]`). Au plus 20 erreurs de syntaxe sont
    listées par fichier ; corrigez-les à partir de la première, les suivantes en sont
    souvent la conséquence. Les textes s'écrivent entre guillemets droits :

        label = "Lien social et cohésion"

## Constats de forme.

explain-unknown-key =
    Une clé ne fait pas partie du format de grille pour cette table. Les clés
    inconnues sont des erreurs plutôt que d'être ignorées, pour qu'une faute de frappe
    ne fasse jamais disparaître en silence un libellé ou un poids ; le constat propose
    la clé connue la plus proche. Les traductions ne sont acceptées que sous la forme
    des suffixes `_fr` et `_en` des champs de texte, et une échelle n'a pas de clé
    `id` (son identifiant est le nom donné dans l'en-tête de sa table). Par exemple,
    dans un indicateur :

        lable = "Taux de retour"      (inconnue : vouliez-vous dire `label` ?)
        label = "Taux de retour"      (corrigé)

explain-wrong-type =
    Une valeur n'a pas le type TOML attendu pour sa clé et ne peut pas être utilisée.
    Les nombres et les booléens s'écrivent sans guillemets, les textes entre
    guillemets ; `format` attend un entier (`1`, pas `1.0`) ; `aliases`, `authors` et
    `references` sont des listes de chaînes ; `nan` et `inf` ne sont pas acceptés comme
    nombres. Par exemple :

        weight = "2"      (une chaîne : faux)
        weight = 2        (un nombre : juste)

explain-missing-field =
    Une clé obligatoire manque : l'élément ne peut pas être construit. Clés
    obligatoires : `format`, `id`, `version` et `title` en tête de grille ; `type` dans
    une échelle ; `id` et `label` dans un niveau, un domaine et un critère ; `id`,
    `label` et `scale` dans un indicateur ; `from` et `score` dans une tranche. Une
    traduction comme `label_en` ne remplace pas la clé elle-même. Le constat désigne
    le début de la table concernée : ajoutez-y la clé.

explain-invalid-value =
    Une clé qui n'accepte qu'une liste fixe de mots a une autre valeur. Valeurs
    acceptées : `type` : levels, boolean, number, text ; `kind` : realisation,
    resultat, impact (sans accents) ; `direction` : higher, lower ; `aggregate` : mean,
    sum, median, min, max ; `language` : fr, en. Les valeurs s'écrivent en minuscules
    et la casse compte ; le constat propose la valeur acceptée la plus proche.
    Dans `[social_utility]`, `participants` vaut 1 ou plus et `chosen_on` est une
    date, AAAA-MM-JJ ou AAAA-MM.

        kind = "résultat"      (faux)
        kind = "resultat"      (juste)

## Règles.

explain-unsupported-format =
    La clé `format` indique une version du format de fichier de grille que cette
    version d'utilsoc ne lit pas : seul `format = 1` existe. `format` est la version du
    format de fichier, pas celle de votre grille ; la version de votre grille va dans
    `version` (par exemple `version = "2.0.0"`).

explain-invalid-version =
    `version` n'est pas une version sémantique. Elle s'écrit MAJEUR.MINEUR.CORRECTIF :
    trois nombres sans zéro initial, comme `1.0.0` ou `2.3.10`, éventuellement suivis
    d'un suffixe de préversion ou de construction (`1.0.0-beta.1`). Les évaluations
    enregistrent la version de la grille, pour que les résultats disent toujours
    quelle version ils ont utilisée ; `v1` ou `1.0` ne sont pas acceptés.

explain-invalid-id =
    Un identifiant n'est pas un slug. Les identifiants de la grille, des échelles, des
    niveaux, des domaines, des critères et des indicateurs ne contiennent que des
    lettres ASCII minuscules, des chiffres, `-` et `_`, et commencent par une lettre
    ou un chiffre : ni majuscules, ni espaces, ni accents. Les identifiants
    d'indicateurs sont des noms de colonnes CSV et les fichiers d'évaluation s'y
    réfèrent : ils doivent être stables et faciles à taper. Le constat propose un slug
    tiré de la valeur. Gardez le texte lisible dans `label`, et acceptez les en-têtes
    CSV existants avec `aliases` :

        id = "Égalité des chances"      (faux)
        id = "egalite-des-chances"      (juste)

explain-duplicate-id =
    Deux éléments de même nature ont le même identifiant. Les identifiants de domaines
    sont uniques parmi les domaines, ceux des critères parmi tous les critères de la
    grille (pas seulement dans leur domaine), ceux des indicateurs parmi tous les
    indicateurs, et ceux des niveaux dans leur échelle. Deux niveaux d'une échelle ne
    peuvent pas non plus avoir des libellés (ou un libellé et un identifiant) qui ne
    diffèrent que par la casse, les accents ou les espaces, car les réponses
    retrouvent les niveaux par identifiant ou par libellé sans en tenir compte. Les
    scores, les colonnes CSV et les fichiers d'évaluation désignent les éléments par
    leur identifiant : un doublon serait ambigu. Renommez l'un des deux (le constat
    montre les deux endroits).

explain-unknown-scale =
    Le `scale` d'un indicateur ne désigne aucune échelle de la grille. Une échelle est
    définie par une table dont l'en-tête donne l'identifiant, comme `[scales.accord]`,
    et les indicateurs y renvoient par cet identifiant exact (`scale = "accord"`). Le
    constat propose l'échelle existante la plus proche. Corrigez le nom, ou définissez
    l'échelle.

explain-no-domains =
    La grille n'a aucun domaine. Les domaines (registres, domaines d'impact) sont le
    premier niveau d'une grille et portent ses critères et ses indicateurs : une grille
    sans domaine ne permet de rien évaluer. Ajoutez au moins une table `[[domains]]`
    avec un `id` et un `label`, suivie de ses critères et de ses indicateurs.

explain-empty-domain =
    Un domaine n'a aucun critère. Le score d'un domaine est la moyenne pondérée de ses
    critères : un domaine vide n'aurait jamais de score. Ajoutez au moins une table
    `[[domains.criteria]]` après lui (TOML rattache chaque `[[domains.criteria]]` au
    dernier `[[domains]]` qui la précède), ou supprimez le domaine.

explain-empty-criterion =
    Un critère n'a aucun indicateur. Un critère est une question évaluative mesurée
    par des indicateurs, et son score est leur moyenne pondérée : un critère vide ne
    pourrait jamais être mesuré. Ajoutez au moins une table
    `[[domains.criteria.indicators]]` après lui (TOML la rattache au dernier critère
    qui la précède), ou supprimez le critère.

explain-invalid-weight =
    Un poids (`weight`) est nul ou négatif. Les poids des domaines, des critères et des
    indicateurs sont des importances relatives dans des moyennes pondérées et doivent
    être supérieurs à 0 ; la valeur par défaut est 1. Donnez un nombre positif
    (`weight = 2` compte deux fois plus que `weight = 1`), ou supprimez la clé.

explain-too-few-levels =
    Une échelle `levels` a moins de deux niveaux, ou pas de clé `levels` du tout. Une
    échelle à une seule réponse ne distingue rien. Donnez au moins deux niveaux, dans
    l'ordre du plus bas au plus haut ; pour une question fermée oui/non, utilisez
    plutôt une échelle `type = "boolean"`.

explain-partial-level-scores =
    Certains niveaux d'une échelle ont un `score` et d'autres non. Soit tous les
    niveaux ont un score (0-100), soit aucun : sans score, les niveaux sont notés à
    intervalles réguliers de 0 à 100 dans leur ordre (trois niveaux valent 0, 50 et
    100). Un ensemble partiel serait ambigu. Ajoutez les scores manquants, ou
    supprimez-les tous.

explain-score-out-of-range =
    Le `score` d'un niveau ou d'une tranche sort de l'intervalle 0-100. Dans utilsoc,
    tous les scores vont de 0 à 100, pour que les indicateurs, les critères et les
    domaines puissent être moyennés et comparés. Convertissez la valeur : une échelle
    de 0 à 4 devient 0, 25, 50, 75 et 100.

explain-invalid-bounds =
    Une échelle numérique a un `min` qui n'est pas inférieur à son `max`. Les bornes
    disent quelles réponses sont acceptées, et une valeur hors bornes est une erreur
    de données : avec ces bornes, aucune réponse ne serait valide. Inversez-les ou
    corrigez-les ; omettez une borne quand il n'y en a pas (un effectif a un `min` de 0
    et souvent pas de `max`).

explain-field-not-applicable =
    Une clé est valide dans cette table mais sans effet ici : elle est signalée plutôt
    qu'ignorée en silence. `levels` ne s'applique qu'à une échelle `levels` ; `min`,
    `max`, `unit` et `integer` qu'à une échelle numérique ; `target`, `baseline`,
    `direction`, `bands` et `aggregate` qu'à une échelle numérique ou à un indicateur
    dont l'échelle est numérique ; `baseline` et `direction` ne vont qu'avec une cible
    (`target`), pas avec des tranches (`bands`) ; `dont_know = true` ne s'applique
    pas à une échelle `text`. Supprimez la clé, ou changez le `type` de l'échelle.

explain-conflicting-scoring =
    Une échelle numérique ou un indicateur donne à la fois `target` et `bands`. Ce sont
    deux façons de noter un nombre, linéairement entre la référence (`baseline`) et la
    cible (`target`), ou par tranches : n'en gardez qu'une. Un indicateur peut
    remplacer le choix de son échelle : une `target` sur l'indicateur écarte les
    `bands` de l'échelle, et des `bands` sur l'indicateur écartent la `target` de
    l'échelle.

explain-missing-target =
    `baseline` ou `direction` est donné, mais aucune cible (`target`) ne s'applique (ni
    sur l'indicateur ni sur son échelle) : ces clés sont sans effet, et le nombre reste
    descriptif, restitué mais jamais noté. Ajoutez une `target` (la valeur qui vaut
    100), ou supprimez-les si le nombre doit rester descriptif.

        target = 60
        baseline = 10

explain-target-equals-baseline =
    La cible (`target`) et la référence (`baseline`) d'un nombre noté linéairement sont
    égales : aucun score ne peut être calculé entre les deux. Sans `baseline`, la
    référence vaut le `min` de l'échelle (ou 0), ou son `max` avec
    `direction = "lower"`. Donnez une référence différente de la cible.

explain-inconsistent-direction =
    Le sens d'une notation linéaire contredit sa cible et sa référence. Par défaut,
    plus est mieux : la référence (score 0) doit être sous la cible (score 100). Quand
    moins est mieux (délais d'attente, abandons), écrivez `direction = "lower"` avec
    une référence au-dessus de la cible. Avec `direction = "lower"` et sans `baseline`,
    la référence est le `max` de l'échelle : donnez une `baseline` si l'échelle n'a pas
    de `max`.

        direction = "lower"
        target = 7
        baseline = 30

explain-empty-bands =
    `bands` est une liste vide : aucune valeur ne pourrait recevoir de score. Donnez au
    moins une tranche, chacune avec `from` (sa borne basse, incluse) et `score`
    (0-100), dans l'ordre croissant de `from`, ou supprimez `bands` pour laisser le
    nombre descriptif.

explain-bands-not-ascending =
    Les tranches doivent être données dans l'ordre strictement croissant de `from`.
    Une valeur reçoit le score de la dernière tranche dont le `from` est inférieur ou
    égal à elle : une tranche mal placée, ou deux tranches de même `from`, seraient
    inaccessibles ou ambiguës. Triez les tranches par `from` et fusionnez les
    doublons.

explain-duplicate-alias =
    Deux noms de colonnes CSV de la grille sont identiques. Les identifiants
    d'indicateurs et leurs alias (`aliases`) nomment tous des colonnes CSV, et ils sont
    comparés sans tenir compte de la casse, des accents ni des espaces en trop :
    `Q4. Rencontres` et `q4.  rencontres` sont une seule colonne. Seul un nom pris par
    deux indicateurs différents est une erreur ; un alias qui répète l'identifiant de
    son propre indicateur est seulement redondant (`redundant-alias`). Supprimez ou
    renommez l'un des deux, pour que chaque colonne désigne un seul indicateur.

explain-reserved-column =
    L'identifiant ou un alias d'un indicateur est un nom de colonne qui a déjà un sens
    propre dans les données CSV : action, period, role, respondent, comment, indicator
    ou value, ou leurs noms français période, répondant(e), commentaire, indicateur,
    valeur (comparés sans tenir compte de la casse ni des accents). Un lecteur de CSV
    ne pourrait pas distinguer l'indicateur de cette colonne. Renommez l'indicateur ou
    l'alias, par exemple `role-benevoles` au lieu de `role`.

## Avertissements : la grille est utilisable, mais plus fragile.

explain-missing-source =
    Un indicateur n'a pas de source (`source`) : d'où viennent ses données (registre
    des présences, questionnaire participants, entretien, comptabilité…). La grille
    reste utilisable, mais la source dit aux évaluateurs quoi recueillir et aux
    lecteurs quelle confiance accorder à un chiffre. Une traduction seule
    (`source_en`) ne compte pas.

        source = "registre des présences"

explain-missing-help =
    Un indicateur n'a ni aide (`help`) ni description (`description`). Sans
    consigne, chacun renseigne le même indicateur à sa façon, et les résultats ne sont
    plus comparables d'une action ou d'une année à l'autre. Ajoutez une `help` qui dit
    comment recueillir ou renseigner l'indicateur (ou une `description`).

explain-single-indicator =
    Un critère n'est mesuré que par un seul indicateur. Un seul indicateur rend le
    critère fragile : s'il manque ou est sans objet, le critère n'a pas de score, et un
    chiffre seul répond rarement à une question évaluative. Ajoutez un deuxième
    indicateur, de préférence d'une autre nature (un chiffre et une perception, ou un
    résultat et un témoignage).

explain-no-scored-indicator =
    Tous les indicateurs d'un critère sont des textes ou des nombres descriptifs (sans
    `target` ni `bands`) : le critère n'aura jamais de score et s'affichera « — ». Ce
    peut être voulu pour un critère purement qualitatif, d'où un simple
    avertissement. Sinon, donnez une `target` ou des `bands` à un indicateur
    numérique, ou ajoutez un indicateur à niveaux ou oui/non.

explain-unused-scale =
    Une échelle est définie mais aucun indicateur ne l'utilise. C'est peut-être un
    reste d'une version précédente, ou le signe d'une faute de frappe dans le `scale`
    d'un indicateur. Supprimez l'échelle, ou faites-y renvoyer les indicateurs prévus.

explain-outside-bounds =
    Une cible (`target`) ou une référence (`baseline`) sort des bornes `min` et `max`
    de l'échelle. Les réponses hors bornes sont des erreurs de données : une cible
    au-delà ne peut jamais être atteinte (les scores n'arrivent jamais à 100), et une
    référence au-delà jamais rejointe (les scores ne descendent jamais à 0). Ramenez la
    valeur dans les bornes, ou élargissez-les.

## Données d'enquête : constats de `check --grid` (et erreurs de `score`).

explain-empty-data =
    Le fichier de données est vide : il n'a pas de ligne d'en-tête. Il ne contient
    rien, ou seulement des lignes vides, ou seulement une marque d'ordre des octets
    (BOM). Des données d'enquête commencent par une ligne d'en-tête qui nomme les
    colonnes : `action`, puis une colonne par indicateur (son identifiant ou l'un de
    ses `aliases`), et une ligne par réponse en dessous. Vérifiez le chemin, et que
    l'outil d'enquête avait bien des réponses à exporter.

        action;droit-ouvert
        Ateliers numériques;oui

explain-missing-action-column =
    L'en-tête n'a pas de colonne `action` : aucune ligne ne peut être rattachée à une
    action. Chaque réponse porte sur une action (une activité, un projet, un
    service) et, quand les données ont une colonne `period`, sur une période. La
    colonne est reconnue à son nom, `action`, sans tenir compte de la casse, des
    accents ni des espaces autour. Renommez la colonne qui contient le nom des
    actions. Quand les colonnes listées contiennent encore le vrai séparateur
    (`action;Q1;Q2` comme une seule colonne), il n'a pas été reconnu : donnez-le
    avec `--delimiter ';'` (ou `,`, ou `tab`).

explain-duplicate-column =
    Deux colonnes de l'en-tête désignent le même indicateur : son identifiant et
    l'un de ses alias (`aliases`), deux de ses alias, ou deux fois le même nom (les
    noms sont comparés sans tenir compte de la casse, des accents ni des espaces en
    trop). On ne saurait pas laquelle compte : le fichier n'est pas lu. Gardez l'une
    des deux colonnes, ou renommez l'autre si elle porte sur une autre question.

explain-no-indicator-column =
    Aucune colonne de l'en-tête ne porte le nom d'un indicateur de la grille, et le
    fichier n'a pas non plus les colonnes `indicator` et `value` du format long :
    rien ne pourrait y être noté. Le plus souvent, les données relèvent d'une autre
    grille, ou leurs en-têtes sont les intitulés des questions d'un export
    d'enquête. Renommez les colonnes avec les identifiants des indicateurs
    (`utilsoc grids show GRILLE` les liste), ou ajoutez ces en-têtes aux `aliases`
    des indicateurs dans la grille. Le constat `unknown-column` liste les colonnes
    non reconnues.

explain-unknown-column =
    Des colonnes de l'en-tête ne sont ni un indicateur de la grille (par identifiant,
    alias, libellé ou question, sans tenir compte de la casse, des accents, des
    espaces ni de la ponctuation), ni l'une des colonnes qui ont un sens propre :
    action, period, role, respondent, comment, indicator, value (ou période, rôle,
    répondant, commentaire, indicateur, valeur), ou une colonne nommée par
    --action-column et les options semblables. Elles sont ignorées : leurs réponses
    ne sont pas notées. C'est peut-être une faute de frappe dans un en-tête, ou une
    question que la grille ne connaît pas. Les colonnes qu'ajoutent les outils
    d'enquête (Horodateur, _uuid, submitdate, Respondent ID…) sont ignorées sans ce
    constat. Renommez la colonne, ajoutez son nom aux `aliases` d'un indicateur, ou
    supprimez-la. Avec `--strict`, `score` refuse un fichier qui a de telles
    colonnes.

explain-empty-action =
    Une ligne a des réponses mais sa cellule `action` est vide : elle ne peut être
    rattachée à aucun groupe (une action sur une période). La ligne n'est pas
    comptée. Écrivez le nom de l'action dans la cellule. Les lignes entièrement
    vides, comme celles que les tableurs laissent à la fin d'un export, sont
    ignorées sans constat. Les noms d'actions sont comparés tels quels :
    `Ateliers` et `ateliers` sont deux actions différentes.

explain-unknown-indicator =
    Dans des données au format long (colonnes `action`, `indicator` et `value`), la
    cellule `indicator` d'une ligne ne désigne aucun indicateur de la grille. Les
    indicateurs sont désignés par leur identifiant ou l'un de leurs `aliases`, sans
    tenir compte de la casse, des accents ni des espaces en trop. La ligne n'est pas
    comptée. Corrigez le nom, ou vérifiez que les données ont été recueillies avec
    cette grille (`utilsoc grids show GRILLE` liste les identifiants). Dans un
    fichier d'évaluation, l'`indicator` d'une réponse n'est pas un identifiant de la
    grille, le plus souvent par une faute de frappe : la réponse ne compte pas, et
    une note propose l'identifiant le plus proche.

explain-invalid-cell =
    La réponse d'une cellule ne correspond pas à l'échelle de son indicateur ; la
    note dit ce que l'échelle accepte. Une échelle à niveaux attend l'identifiant ou
    le libellé d'un niveau (en majuscules ou minuscules, avec ou sans accents) ; une
    échelle oui/non attend oui/non, o/n, vrai/faux, yes/no, y/n, true/false ou 1/0 ;
    une échelle numérique attend un nombre, avec une virgule ou un point décimal, des
    espaces entre les milliers et l'unité de l'échelle après lui (`45,5 %`), entre
    `min` et `max`, et sans décimales sur une échelle `integer`. Une cellule vide est
    non renseignée, et `n/a`, `na`, `sans objet`, `so`, `non applicable` ou
    `not applicable` veulent dire sans objet. `score` n'écrit alors rien et sort
    avec le code 1 ; `score --lenient` compte ces cellules comme non renseignées et
    continue. Corrigez la cellule, ou l'échelle si la réponse est légitime.

explain-windows-1252 =
    Le fichier n'est pas en UTF-8 valide : les cellules qui ne le sont pas ont été
    lues en Windows-1252, l'encodage qu'utilise Excel en français pour
    « CSV (séparateur : point-virgule) ». Les lettres accentuées sont ainsi lues
    correctement et les données sont notées normalement : cet avertissement signale
    seulement que l'encodage a été deviné. Pour l'éviter, enregistrez le fichier en
    « CSV UTF-8 » ou convertissez-le :
    `iconv -f WINDOWS-1252 -t UTF-8 donnees.csv > donnees-utf8.csv`.

## Fichiers d'évaluation.

explain-invalid-evaluation =
    Le fichier donné comme fichier d'évaluation (une entrée `.toml` de `score`
    ou de `check --grid`) n'en est pas un : une clé est inconnue ou mal
    orthographiée, une valeur n'a pas le bon type, ou le numéro de format n'est
    pas 1. Les fichiers d'évaluation sont écrits par `utilsoc evaluate` ; si
    vous en modifiez un à la main, gardez ses clés (`format`, `grid`, `action`,
    `period`, `role`, `evaluator`, `date`, `updated` et les tables
    `[[answers]]` avec `indicator`, `value`, `status`, `comment`, `evidence`).
    Le message donne la ligne du premier problème.

explain-wrong-grid =
    Le fichier d'évaluation a été rempli avec une autre grille que celle donnée
    par `--grid` : sa table `[grid]` nomme un autre identifiant. Ses réponses
    ne peuvent pas être rapportées aux indicateurs de cette grille. Notez-le
    avec la grille qu'il nomme, ou commencez une nouvelle évaluation avec
    `utilsoc evaluate --grid` et cette grille.

explain-grid-changed =
    La grille a changé depuis l'enregistrement du fichier d'évaluation : sa
    version diffère, ou son contenu (le fichier garde l'empreinte SHA-256 de la
    grille). Le fichier est tout de même lu. Les réponses à des indicateurs que
    la grille n'a plus sont ignorées, et les indicateurs sans réponse dans le
    fichier comptent comme non renseignés ; l'avertissement liste les uns et
    les autres. Relancez `utilsoc evaluate` sur le fichier pour répondre aux
    nouveaux indicateurs, ce qui enregistre aussi la grille actuelle.

explain-ambiguous-level =
    L'identifiant ou le libellé d'un niveau s'écrit comme l'une des réponses
    qui signifient « sans objet » dans les données (`n/a`, `na`,
    `sans objet`, `so`, `non applicable`, `not applicable`, `non concerné(e)`, sans tenir compte
    de la casse ni des accents). Dans une cellule CSV, une telle réponse est lue
    comme « sans objet » : le niveau ne pourrait jamais être choisi.
    Renommez le niveau, par exemple
    `{"{"} id = "sans-effet", label = "Sans effet" {"}"}` ; pour dire qu'une
    question ne s'applique pas, on répond directement N/A.

# issue 9: reading
explain-duplicate-answer =
    Un fichier d'évaluation répond deux fois au même indicateur : deux tables
    `[[answers]]` ont le même `indicator`, comme en laisse un copier-coller ou une
    fusion. Impossible de savoir laquelle vaut : aucune ne compte. L'erreur montre
    la deuxième réponse et sa note la première. Supprimez la mauvaise, ou répondez
    à nouveau avec `utilsoc evaluate -o FICHIER`.

explain-extra-cells =
    Une ligne CSV a une cellule non vide au-delà de la dernière colonne de
    l'en-tête. Elle n'a pas de colonne et n'est donc pas lue ; la ligne a sans doute
    été décalée par un séparateur égaré (une virgule décimale dans un fichier séparé
    par des virgules, un `;` tapé dans une cellule). Les cellules vides au-delà de
    l'en-tête, qu'écrivent les tableurs, ne posent pas de problème. Mettez entre
    guillemets la cellule qui contient le séparateur, supprimez la cellule en trop
    ou nommez sa colonne dans l'en-tête. Avec `score --lenient`, les autres cellules
    de la ligne sont lues et le calcul continue.

explain-record-too-long =
    Un enregistrement (une ligne, ou plusieurs quand une cellule entre guillemets
    s'étend sur plusieurs lignes) dépasse 16 Mio sans se terminer. Soit le fichier
    n'a pas de fins de ligne (ce n'est pas du CSV), soit une cellule commence par un
    guillemet jamais fermé, et tout le reste du fichier se lit comme une seule
    cellule. La lecture s'arrête là, pour que la mémoire reste bornée ; l'erreur
    donne la ligne où commence l'enregistrement. Fermez le guillemet sur cette
    ligne, ou vérifiez que le fichier est bien un export CSV.

explain-binary-data =
    Le fichier de données contient des octets nuls : c'est un fichier binaire (un
    classeur dans son format propre, une archive) ou du texte enregistré en UTF-16.
    Il est refusé d'emblée. Exportez les données en CSV UTF-8 (« CSV UTF-8 » dans
    Excel ou LibreOffice).

# issue 10: grid

explain-redundant-alias =
    Un alias nomme une colonne que son indicateur a déjà : il est égal à l'identifiant
    de l'indicateur, ou à un autre de ses alias, sans tenir compte de la casse, des
    accents ni des espaces en trop (comme pour les en-têtes CSV). La colonne est lue
    de la même façon, l'alias ne sert donc à rien ; la grille reste utilisable telle
    quelle. Supprimez l'alias pour garder la grille nette.

# issue 11: spreadsheets and file kinds

explain-not-survey-data =
    Le fichier est d'un type qui ne contient pas de tableau d'enquête : un document
    Word, un PDF, un texte OpenDocument, une image, une archive ZIP qui n'est pas un
    classeur, un fichier Office 97-2003 qui n'est pas un classeur. Le type se lit
    dans les premiers octets du fichier, jamais dans son nom. Donnez plutôt l'export
    des réponses (le téléchargement CSV, XLSX ou ODS de l'outil d'enquête).

explain-unknown-sheet =
    --sheet ne nomme aucune feuille du classeur. Les noms de feuilles sont comparés
    tels qu'écrits, puis sans tenir compte de la casse ni des accents ; le message
    liste les feuilles présentes. Choisissez-en une, ou retirez --sheet pour lire la
    première feuille.

explain-unreadable-spreadsheet =
    Le fichier est un classeur XLSX, ODS ou XLS d'après son contenu, mais il ne peut
    pas être lu : il est abîmé, tronqué, chiffré, ou une feuille qu'il annonce
    manque. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau, ou
    téléchargez l'export une nouvelle fois.
# issue 11: periods from dates
explain-missing-date-column =
    `--period-from` nomme une colonne que le fichier n'a pas. Les colonnes sont
    reconnues par le texte de leur en-tête, sans tenir compte de la casse, des
    accents ni des espaces en trop. Le message liste les colonnes du fichier :
    recopiez l'en-tête de la colonne des dates, par exemple `Horodateur` (Google
    Forms), `submitdate` (LimeSurvey), `end` ou `_submission_time` (KoboToolbox).

explain-date-order =
    Une date écrite `03/04/2025` est le 3 avril en France et le 4 mars aux
    États-Unis. L'ordre est établi pour toute la colonne d'après ses valeurs : une
    date dont la première partie dépasse 12 (`15/03/2025`) met le jour en premier,
    une date dont la deuxième partie dépasse 12 (`03/15/2025`) met le mois en
    premier. Quand les premières lignes du fichier contiennent les deux, ou
    seulement des dates lisibles des deux façons (et que les périodes sont plus
    fines que l'année, si bien que l'ordre compte), rien ne peut être calculé :
    donnez l'ordre avec `--date-format dmy` (le jour d'abord) ou
    `--date-format mdy` (le mois d'abord).

explain-invalid-date =
    La cellule de la colonne `--period-from` est vide ou n'est pas une date dans un
    format qu'écrivent les outils d'enquête : ISO 8601 (`2025-03-15`,
    `2025-03-15T10:23:45+01:00`, `2025-03-15 10:23:45`),
    `2025/03/15 10:23:45 AM UTC+1`, `15/03/2025`, `15/03/2025 - 10:23` ou
    `03/15/2025 10:23:00 AM` ; ou elle ne suit pas l'ordre jour/mois établi par la
    colonne ou par `--date-format`. La ligne n'est pas comptée.
# issue 11: answer codes and multiple choice
explain-duplicate-token =
    Une même écriture, telle que les données peuvent la contenir, signifie deux
    réponses différentes d'une échelle : un alias de deux niveaux, un alias de
    niveau aussi listé dans `na`, une valeur dans `yes` et dans `no`, ou une
    valeur de `yes` qu'utilsoc lit déjà comme « non » (ou « sans objet »).
    Les écritures sont comparées sans tenir compte de la casse, des accents ni des
    espaces : `A1` et `a1` sont la même. Une cellule qui la contient ne
    pourrait être lue d'une façon plutôt que de l'autre. Gardez la valeur sur la
    réponse qu'elle désigne dans l'export et retirez-la de l'autre.
# issue 11: columns
explain-missing-column =
    Une colonne nommée sur la ligne de commande par --action-column, --period-column,
    --role-column ou --respondent-column n'est pas dans l'en-tête d'un fichier de
    données. Les noms de colonnes sont comparés comme les en-têtes : sans tenir
    compte de la casse, des accents, des espaces ni de la ponctuation. Le message
    liste les colonnes du fichier, et une note propose la plus proche. Donnez
    l'en-tête tel que le fichier l'écrit ; quand plusieurs fichiers sont lus
    ensemble, chacun doit avoir cette colonne, sauf si --action, --period ou --role
    donne la valeur des fichiers qui ne l'ont pas.

explain-few-indicators =
    Moins de la moitié des indicateurs notés de la grille ont une colonne dans un
    fichier de données : ses scores reposent sur quelques indicateurs. Le plus
    souvent, les en-têtes du fichier sont des textes de questions ou des codes que
    la grille ne connaît pas. Un en-tête désigne un indicateur par son identifiant,
    ses alias, son libellé ou sa question (dans toutes les langues de la grille),
    sans tenir compte de la casse, des accents, des espaces ni de la ponctuation.
    Ajoutez les en-têtes aux `aliases` des indicateurs, ou vérifiez que le fichier
    est bien de cette grille. Le constat nomme les indicateurs manquants. Avec
    --strict, c'est une erreur.

# issue 12: grid roles (i12-grid)
explain-undefined-role =
    Les `roles` d'un indicateur (qui est interrogé) ou ses `questions` (la
    formulation propre à un rôle) nomment un rôle qu'aucune table `[[roles]]` de la
    grille ne définit, ou la grille ne déclare aucun rôle. Les indicateurs nomment
    les rôles par leur identifiant exact. Le constat propose le rôle le plus proche
    et liste les rôles de la grille. Corrigez l'identifiant, ou déclarez le rôle
    dans une table `[[roles]]` (id, label, aliases).
    De même pour `chosen_by` dans `[social_utility]` quand la grille déclare des
    rôles.

explain-duplicate-role =
    Deux rôles partagent une graphie, à la casse, aux accents et aux espaces près :
    le libellé ou un alias d'un rôle est l'identifiant, le libellé ou un alias d'un
    autre. Une valeur de rôle dans les données désigne un rôle par son identifiant,
    son libellé ou un alias : les données ne pourraient pas distinguer les deux
    rôles. Gardez la graphie sur le rôle qu'elle désigne et retirez-la de l'autre.
    Un rôle peut répéter sa propre graphie.

explain-question-for-unasked-role =
    Les `questions` d'un indicateur formulent la question pour un rôle que ses
    `roles` n'interrogent pas. Les deux clés se contredisent : soit le rôle doit
    être interrogé, soit sa formulation est un reste. Ajoutez le rôle à `roles`, ou
    retirez sa question. Sans `roles`, tous les rôles sont interrogés.

explain-indicator-asked-of-nobody =
    Un indicateur indique `roles = []` : aucun rôle n'est interrogé, aucun
    questionnaire ne le poserait. Retirez `roles` pour interroger tous les rôles, ou
    nommez les rôles interrogés. Un chiffre que relève la structure (un effectif, un
    taux) n'a pas besoin de rôle : les lignes et fichiers sans rôle sont les
    chiffres de la structure, quels que soient les rôles interrogés ; donnez-lui le
    rôle qui le renseigne, par exemple `roles = ["salarie"]`.
explain-unknown-role =
    Un rôle d'un fichier de données (une cellule `role`, `--role`, ou le `role`
    d'un fichier d'évaluation) n'est aucun des rôles que la grille nomme dans
    `[[roles]]`. Un rôle désigne un rôle de la grille par son identifiant, son
    libellé (dans toutes les langues de la grille) ou l'un de ses `aliases`, sans
    tenir compte de la casse, des accents, des espaces ni de la ponctuation :
    « Habitant·e », « habitant-e » et « HABITANTE » sont un seul rôle. Une
    valeur qui n'en désigne aucun est gardée telle quelle, comme un rôle à part
    entière : un rôle mal orthographié coupe une série en deux, et ses réponses
    sont comparées à part. Un constat par fichier liste les valeurs inconnues,
    avec le nombre de lignes de chacune, et les rôles de la grille. Ajoutez les
    autres graphies aux `aliases` du rôle, ou corrigez les données. Avec
    --strict, c'est une erreur. Une grille sans `[[roles]]` admet tout rôle.

# issue 14: local grids
explain-invalid-extends =
    Le `extends` d'une grille locale ne nomme aucune grille intégrée, ou demande
    une version majeure que la grille intégrée n'a pas (`centres-sociaux@2` alors
    que le programme fournit la version 1.0.0). Nommez une grille de
    `utilsoc grids list`, et retirez le `@N` ou écrivez la version majeure
    qu'indique `utilsoc grids show ID`. Une nouvelle version majeure veut dire
    que les indicateurs de la grille de base ont changé : comparez-les avant de
    passer à la nouvelle.
explain-unknown-node =
    Un id de la liste `ignore` d'une grille locale, ou d'une table
    `[override.ID]`, n'est ni un domaine, ni un critère, ni un indicateur de la
    grille de base. Les id sont comparés tels quels, et un id déjà écarté par
    `ignore` ne peut plus être changé. Recopiez l'id de la colonne Id de
    `utilsoc grids show` pour la grille de base ; une note propose le plus proche.
# issue 14: agreed targets
explain-duplicate-target =
    Deux cibles convenues (tables `[[targets]]` du utilsoc.toml d'une démarche,
    ou du fichier donné à `score --targets`) nomment le même indicateur, la
    même action et la même période (ou les omettent toutes deux). La cible
    convenue la plus précise qui correspond à un groupe l'emporte : action et
    période, puis action, puis période, puis aucune ; entre deux cibles aussi
    précises l'une que l'autre, rien ne permet de choisir. Gardez-en une, ou
    donnez à l'une d'elles une action ou une période.

# issue 14: démarche checks (lead)
explain-stray-file =
    Le dossier des évaluations d'une démarche contient quelque chose qu'aucune
    commande ne lit : un fichier qui ne finit pas par `.toml` (un export d'enquête,
    un tableur, une copie de sauvegarde `evaluation.toml~`) ou un sous-dossier.
    `score`, `report` et `check` ne lisent que les fichiers `.toml` du dossier
    lui-même : ces réponses ne comptent pas. Placez les exports d'enquête dans le
    dossier des données (ou déclarez-les dans une table `[[sources]]`), renommez une
    évaluation en `*.toml`, ou sortez du dossier ce qui n'y a pas sa place. Les
    fichiers cachés (verrous `.NOM.lock`, `.gitkeep`) ne sont pas signalés.
# issue 14: utilsoc judge
explain-invalid-judgement =
    Le fichier du jugement de la démarche (jugement.toml ou judgement.toml à côté
    de utilsoc.toml, écrit par `utilsoc judge` ou à la main) ne se lit pas, a été
    enregistré sur une autre grille, ou nomme un critère que la grille n'a pas
    ou une action que ni la démarche ni ses données ne connaissent (dans une
    appréciation ou une étape du plan d'action). `judge` refuse un
    fichier qui ne se lit pas et le laisse tel quel ; un critère inconnu est
    laissé de côté par `judge` et `report`. Corrigez la ligne montrée (un verdict
    vaut met, partly, not_met ou cannot_say, ou atteint, en_partie, pas_atteint,
    ne_peut_pas_dire), ou recopiez l'identifiant du critère depuis
    `utilsoc grids show`.

# issue 16: personal data (check --grid)
explain-contact-in-answer =
    Une réponse texte ou un commentaire (une cellule d'une échelle texte, la
    colonne des commentaires, le commentaire ou la preuve d'un fichier
    d'évaluation) ressemble à une adresse e-mail ou à un numéro de téléphone
    français (06 12 34 56 78, 0612345678, +33 6 12 34 56 78). Les paroles
    recueillies sont citées dans les rapports, et une coordonnée identifie la
    personne : remplacez-la par un pseudonyme avant de partager ou de versionner
    le fichier. Les réponses aux échelles numériques ne sont jamais examinées.
    Seul `check` avertit ; les cinq premiers avertissements d'un fichier sont
    affichés, les autres comptés. Voir docs/donnees-personnelles.md.

# issue 16: grilles utilite-sociale, creation-de-valeur, centres-sociaux (rapports dans les pourcentages)
explain-ratio-percentage =
    Une colonne de pourcentage (une échelle de nombres de 0 à 100 en %) contient
    des valeurs comprises entre 0 et 1. Une part calculée comme un rapport et
    non multipliée par 100 (0,35 pour 35 %) y est un nombre valable : elle
    compte pour 0,35 %, bien en dessous de toute cible, et rien d'autre ne le
    dirait. Une alerte par colonne dit combien de cellules et en montre une.
    Multipliez les rapports par 100 ; une valeur vraiment inférieure à 1 % peut
    rester telle quelle.

# issue 14: long data naming indicators the local grid leaves out (lead)
explain-left-out-indicator =
    Des lignes de données longues (une ligne par réponse : action, indicateur,
    valeur) nomment un indicateur de la grille de base que la grille locale laisse
    de côté avec `ignore` (directement, ou parce que son critère ou son domaine
    l'est). Ces lignes ne sont pas lues et ne comptent dans aucun score ; ce n'est
    pas une erreur : les exports d'avant l'adaptation de la grille les contiennent
    souvent. Un seul constat par fichier liste ces indicateurs et leur nombre de
    lignes. Pour les compter à nouveau, retirez l'indicateur de l'`ignore` de la
    grille locale. Dans des données larges, une telle colonne est signalée par
    `unknown-column`.
