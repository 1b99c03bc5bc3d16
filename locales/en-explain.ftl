### Explanations of finding codes, English, shown by `utilsoc check --explain CODE`.
### One message `explain-CODE` per code of `diag::Code`; fr-explain.ftl has the same ids.

## File-level findings.

explain-not-utf8 =
    The file is not valid UTF-8 text. Grid files are read as UTF-8 only, so nothing
    else in the file is checked until this is fixed. The finding points at the first
    invalid byte: usually an accented letter saved in Windows-1252 (Latin-1) by an
    older editor or by Excel. Save the file again with the UTF-8 encoding
    (in most editors: "Save as…", encoding UTF-8).

explain-empty-file =
    The file is empty or contains only whitespace. A grid needs at least `format`,
    `id`, `version`, `title` and one domain with its criteria and indicators. To start
    a new grid, export a built-in one and adapt it:
    `utilsoc grids export utilite-sociale -o my-grid.toml`.

explain-file-too-large =
    The file is larger than its kind allows and was not read at all, never cut
    short: 4 MiB (4,194,304 bytes) for a grid, 16 MiB for an evaluation file. No
    real grid or evaluation comes near that size: the path most likely names a data
    export or another file by mistake. Check the file name; grids and evaluation
    files are small TOML files.

explain-toml-syntax =
    The file is not valid TOML, so its content could not be checked any further. The
    finding gives the parser's message and points at the place. Common causes: a
    missing closing quote, a missing `=`, a missing comma between array items, or a
    key or table defined twice (such as two `[scales.accord]` tables). At most 20
    syntax errors are listed per file; fix them from the first, as later ones are
    often consequences. Text values take straight double quotes:

        label = "Lien social et cohésion"

## Shape findings.

explain-unknown-key =
    A key is not part of the grid format for this table. Unknown keys are errors
    rather than being ignored, so that a typo never silently drops a label or a
    weight; the finding suggests the closest known key. Translations are only
    accepted as `_fr` and `_en` suffixes of text fields, and a scale has no `id` key
    (its id is the name in the table header). For example, in an indicator:

        lable = "Taux de retour"      (unknown: did you mean `label`?)
        label = "Taux de retour"      (fixed)

explain-wrong-type =
    A value has the wrong TOML type for its key, so it cannot be used. Numbers and
    booleans are written without quotes, text with quotes; `format` takes an integer
    (`1`, not `1.0`); `aliases`, `authors` and `references` are arrays of strings;
    `nan` and `inf` are not accepted as numbers. For example:

        weight = "2"      (a string: wrong)
        weight = 2        (a number: right)

explain-missing-field =
    A required key is missing, so the element cannot be built. Required keys:
    `format`, `id`, `version` and `title` at the top of the grid; `type` in a scale;
    `id` and `label` in a level, a domain and a criterion; `id`, `label` and `scale`
    in an indicator; `from` and `score` in a band. A translation such as `label_en`
    does not replace the key itself. The finding points at the start of the table
    concerned: add the key there.

explain-invalid-value =
    A key that takes one of a fixed set of words has another value. Accepted values:
    `type`: levels, boolean, number, text; `kind`: realisation, resultat, impact
    (without accents); `direction`: higher, lower; `aggregate`: mean, sum, median,
    min, max; `language`: fr, en. Values are lowercase and case-sensitive; the
    finding suggests the closest accepted value. In `[social_utility]`,
    `participants` is 1 or more and `chosen_on` a date, YYYY-MM-DD or YYYY-MM.

        kind = "résultat"      (wrong)
        kind = "resultat"      (right)

## Rules.

explain-unsupported-format =
    The `format` key names a version of the grid file format that this version of
    utilsoc does not read: only `format = 1` exists. `format` is the version of the
    file format, not of your grid; your grid's own version goes in `version`
    (for example `version = "2.0.0"`).

explain-invalid-version =
    `version` is not a semantic version. It must be MAJOR.MINOR.PATCH: three numbers
    without leading zeros, such as `1.0.0` or `2.3.10`, optionally followed by a
    pre-release or build suffix (`1.0.0-beta.1`). Evaluations record the grid's
    version, so results can always say which version of the grid they used; `v1` or
    `1.0` are not accepted.

explain-invalid-id =
    An id is not a slug. Ids of the grid, scales, levels, domains, criteria and
    indicators use only lowercase ASCII letters, digits, `-` and `_`, and start with
    a letter or a digit: no capitals, spaces or accents. Indicator ids are CSV column
    names and evaluation files refer to ids, so they must be stable and easy to type.
    The finding suggests a slug made from the value. Keep the readable text in
    `label`, and accept existing CSV headers with `aliases`:

        id = "Égalité des chances"      (wrong)
        id = "egalite-des-chances"      (right)

explain-duplicate-id =
    Two elements of the same kind share an id. Domain ids must be unique among
    domains, criterion ids among all the criteria of the grid (not only within their
    domain), indicator ids among all indicators, and level ids within their scale.
    Two levels of a scale also may not have labels (or a label and an id) that differ
    only by case, accents or spaces, since answers match levels by id or label
    ignoring those. Scores, CSV columns and evaluation files refer to elements by
    id, so a duplicate would be ambiguous: rename one of them (the finding shows
    both places).

explain-unknown-scale =
    An indicator's `scale` names no scale of the grid. A scale is defined by a table
    whose header gives its id, as in `[scales.accord]`, and indicators refer to it by
    that exact id (`scale = "accord"`). The finding suggests the closest existing
    scale. Correct the name, or define the scale.

explain-no-domains =
    The grid has no domain. Domains (registres, domaines d'impact) are the top level
    of a grid and hold its criteria and indicators: a grid without one cannot
    evaluate anything. Add at least one `[[domains]]` table with an `id` and a
    `label`, followed by its criteria and indicators.

explain-empty-domain =
    A domain has no criteria. A domain's score is the weighted mean of its criteria,
    so an empty domain could never have a score. Add at least one
    `[[domains.criteria]]` table after it (TOML attaches each `[[domains.criteria]]`
    to the last `[[domains]]` above it), or remove the domain.

explain-empty-criterion =
    A criterion has no indicators. A criterion is an evaluative question measured by
    indicators, and its score is their weighted mean, so an empty criterion could
    never be measured. Add at least one `[[domains.criteria.indicators]]` table after
    it (TOML attaches it to the last criterion above it), or remove the criterion.

explain-invalid-weight =
    A `weight` is zero or negative. The weights of domains, criteria and indicators
    are relative importances in weighted means and must be greater than 0; the
    default is 1. Give a positive number (`weight = 2` counts twice as much as
    `weight = 1`), or remove the key.

explain-too-few-levels =
    A `levels` scale has fewer than two levels, or no `levels` key at all. A scale
    with a single answer cannot tell anything apart. Give at least two levels, in
    order from the lowest to the highest; for a yes/no question, use a scale with
    `type = "boolean"` instead.

explain-partial-level-scores =
    Some levels of a scale have a `score` and others do not. Either every level has a
    score (0-100) or none does: with none, the scores are evenly spaced from 0 to 100
    in the order of the levels (three levels score 0, 50 and 100). A partial set would
    be ambiguous. Add the missing scores, or remove them all.

explain-score-out-of-range =
    A level's or a band's `score` is outside 0-100. Every score in utilsoc is on a
    0 to 100 scale, so that indicators, criteria and domains can be averaged and
    compared. Convert the value to that scale: a 0-4 scale becomes 0, 25, 50, 75
    and 100.

explain-invalid-bounds =
    A number scale has a `min` that is not below its `max`. The bounds say which
    answers are accepted, and a value outside them is a data error, so with these
    bounds no answer could be valid. Swap or correct them; leave a bound out when
    there is none (a count has a `min` of 0 and often no `max`).

explain-field-not-applicable =
    A key is valid in this table but has no effect here, so it is reported rather
    than silently ignored. `levels` only applies to a `levels` scale; `min`, `max`,
    `unit` and `integer` only to a number scale; `target`, `baseline`, `direction`,
    `bands` and `aggregate` only to a number scale or to an indicator whose scale is
    a number scale; `baseline` and `direction` only go with a `target`, not with
    `bands`; `dont_know = true` does not apply to a `text` scale. Remove the key,
    or change the scale's `type`.

explain-conflicting-scoring =
    A number scale or indicator gives both `target` and `bands`. They are two ways of
    scoring a number, linear between `baseline` and `target`, or by bands: keep only
    one. An indicator may replace its scale's choice: a `target` on the indicator
    drops the scale's `bands`, and `bands` on the indicator drop the scale's
    `target`.

explain-missing-target =
    `baseline` or `direction` is given, but no `target` applies (neither on the
    indicator nor on its scale), so they have no effect: the number stays
    descriptive, reported but never scored. Add a `target` (the value that scores
    100), or remove them if the number is meant to be descriptive.

        target = 60
        baseline = 10

explain-target-equals-baseline =
    The `target` and the `baseline` of a linearly scored number are equal, so no
    score can be computed between them. When `baseline` is not given it defaults to
    the scale's `min` (or 0), or to the scale's `max` with `direction = "lower"`.
    Give a baseline different from the target.

explain-inconsistent-direction =
    The direction of a linear score contradicts its target and baseline. By default
    higher is better: the baseline (score 0) must be below the target (score 100).
    When lower is better (waiting times, drop-outs), write `direction = "lower"` with
    a baseline above the target. With `direction = "lower"` and no `baseline`, the
    scale's `max` is the baseline, so give a `baseline` when the scale has no `max`.

        direction = "lower"
        target = 7
        baseline = 30

explain-empty-bands =
    `bands` is an empty list, so no value could get a score. Give at least one band,
    each with `from` (its lower bound, included) and `score` (0-100), in ascending
    order of `from`, or remove `bands` to leave the number descriptive.

explain-bands-not-ascending =
    Bands must be listed in strictly ascending order of `from`. A value gets the
    score of the last band whose `from` is at or below it, so a band out of order, or
    two bands with the same `from`, would be unreachable or ambiguous. Sort the bands
    by `from` and merge the duplicates.

explain-duplicate-alias =
    Two CSV column names of the grid are the same. Indicator ids and their `aliases`
    all name CSV columns, and they are compared ignoring case, accents and extra
    spaces: `Q4. Rencontres` and `q4.  rencontres` are one column. Only a name taken
    by two different indicators is an error; an alias that repeats its own
    indicator's id is merely redundant (`redundant-alias`). Remove or rename one of
    them, so that every column means a single indicator.

explain-reserved-column =
    An indicator id or alias is a column name that already has a meaning of its own
    in CSV data: action, period, role, respondent, comment, indicator or value, or
    their French names période, répondant(e), commentaire, indicateur, valeur
    (compared ignoring case and accents). A CSV reader could not tell the indicator
    from that column. Rename the indicator or the alias, for example
    `role-benevoles` instead of `role`.

## Warnings: the grid is usable, but weaker.

explain-missing-source =
    An indicator has no `source`: where its data comes from (registre des présences,
    questionnaire participants, entretien, comptabilité...). The grid is still
    usable, but a source tells evaluators what to collect and tells readers how
    reliable a figure is. A translation alone (`source_en`) does not count.

        source = "registre des présences"

explain-missing-help =
    An indicator has neither `help` nor `description`. Without guidance, people
    answer the same indicator in different ways, and results stop being comparable
    between actions and years. Add a `help` saying how to collect or answer the
    indicator (or a `description`).

explain-single-indicator =
    A criterion is measured by a single indicator. One indicator makes a fragile
    criterion: when it is missing or N/A the criterion has no score, and one figure
    rarely answers an evaluative question. Add a second indicator, ideally of another
    nature (a figure and a perception, or a result and a testimony).

explain-no-scored-indicator =
    Every indicator of a criterion is a text or a descriptive number (a number with
    neither `target` nor `bands`), so the criterion will never get a score and will
    show as "—". That may be intended for a purely qualitative criterion, hence a
    warning. Otherwise give a number indicator a `target` or `bands`, or add a levels
    or boolean indicator.

explain-unused-scale =
    A scale is defined but no indicator uses it. It may be a leftover, or the sign of
    a typo in an indicator's `scale`. Remove the scale, or point the intended
    indicators at it.

explain-outside-bounds =
    A `target` or a `baseline` is outside the scale's `min` and `max`. Answers outside
    the bounds are data errors, so a target beyond them can never be reached (scores
    never get to 100), and a baseline beyond them never met (scores never go down to
    0). Move the value within the bounds, or widen the bounds.

## Survey data: findings of `check --grid` (and errors of `score`).

explain-empty-data =
    The data file is empty: it has no header line. It may hold nothing at all, only
    blank lines or only a byte-order mark. Survey data starts with a header line
    naming its columns: `action`, then one column per indicator (its id or one of its
    `aliases`), one row per response below. Check the path, and that the survey tool
    had answers to export.

        action;droit-ouvert
        Ateliers numériques;oui

explain-missing-action-column =
    The header has no `action` column, so no row can be assigned to an action. Every
    response belongs to an action (an activity, a project, a service) and, when the
    data has a `period` column, to a period. The column is recognised by its name,
    `action`, ignoring case, accents and surrounding spaces. Rename the column that
    holds the actions' names. When the columns listed still contain the real
    delimiter (`action;Q1;Q2` as one column), it was not recognised: give it with
    `--delimiter ';'` (or `,`, or `tab`).

explain-duplicate-column =
    Two columns of the header name the same indicator: its id and one of its
    `aliases`, two of its aliases, or the same name twice (names are compared
    ignoring case, accents and extra spaces). Which column counts would be
    ambiguous, so the file is not read. Keep one of the two columns, or rename the
    other if it holds another question.

explain-no-indicator-column =
    No column of the header is named after an indicator of the grid, and the file
    does not have the `indicator` and `value` columns of the long layout either:
    nothing in it could be scored. Most often the data belongs to another grid, or
    its headers are the question texts of a survey export. Rename the columns to the
    indicator ids (`utilsoc grids show GRID` lists them), or add the headers to the
    indicators' `aliases` in the grid. The `unknown-column` finding lists the
    columns that were not recognised.

explain-unknown-column =
    Some columns of the header are neither an indicator of the grid (by id, alias,
    label or question, ignoring case, accents, spaces and punctuation) nor one of the
    columns with a meaning of their own: action, period, role, respondent, comment,
    indicator, value (or période, rôle, répondant, commentaire, indicateur, valeur),
    or a column named by --action-column and the like. They are ignored: their
    answers are not scored. It may be a typo in a header, or a question the grid
    does not know. The columns survey tools add (Horodateur, _uuid, submitdate,
    Respondent ID...) are ignored without this finding. Rename the column, add its
    name to an indicator's `aliases`, or remove it. With `--strict`, `score`
    refuses a file that has such columns.

explain-empty-action =
    A row has answers but its `action` cell is empty, so it cannot be put in a
    group (an action in a period). The row is not counted. Write the action's name
    in the cell. Rows whose cells are all empty, such as those spreadsheets leave at
    the end of an export, are skipped without a finding. Action names are compared
    exactly: `Ateliers` and `ateliers` are two different actions.

explain-unknown-indicator =
    In long data (columns `action`, `indicator` and `value`), the `indicator` cell
    of a row names no indicator of the grid. Indicators are named by their id or one
    of their `aliases`, ignoring case, accents and extra spaces. The row is not
    counted. Correct the name, or check that the data was collected with this grid
    (`utilsoc grids show GRID` lists the ids). In an evaluation file, an answer's
    `indicator` is not an id of the grid, most often a typo: the answer does not
    count, and a note suggests the closest id.

explain-invalid-cell =
    A cell's answer does not fit the scale of its indicator; the note says what the
    scale accepts. A levels scale takes a level's id or label (any case, with or
    without accents); a boolean takes oui/non, yes/no, o/n, y/n, vrai/faux,
    true/false or 1/0; a number takes a decimal point or comma, spaces between
    thousands and the scale's unit after it (`45,5 %`), within `min` and `max`, and
    without decimals on an `integer` scale. An empty cell is missing, and `n/a`,
    `na`, `sans objet`, `so`, `non applicable` or `not applicable` mean N/A. `score`
    then writes nothing and exits with 1; `score --lenient` counts such cells as
    missing and goes on. Correct the cell, or the scale if the answer is legitimate.

explain-windows-1252 =
    The file is not valid UTF-8: the cells that are not valid UTF-8 were read as
    Windows-1252, the encoding French Excel uses for "CSV (séparateur : point-virgule)".
    Accented letters are read correctly this way, and the data is scored as usual:
    this warning says a guess was made. To avoid it, save the file as "CSV UTF-8" or
    convert it: `iconv -f WINDOWS-1252 -t UTF-8 data.csv > data-utf8.csv`.

## Evaluation files.

explain-invalid-evaluation =
    The file given as an evaluation file (a `.toml` input of `score` or
    `check --grid`) is not one: a key is unknown or misspelt, a value has the
    wrong type, or the format number is not 1. Evaluation files are written by
    `utilsoc evaluate`; when editing one by hand, keep its keys (`format`,
    `grid`, `action`, `period`, `role`, `evaluator`, `date`, `updated` and the
    `[[answers]]` tables with `indicator`, `value`, `status`, `comment`,
    `evidence`). The message gives the line of the first problem.

explain-wrong-grid =
    The evaluation file was filled in with another grid than the one given
    with `--grid`: its `[grid]` table names a different id. Its answers cannot
    be matched to this grid's indicators. Score it with the grid it names, or
    start a new evaluation with `utilsoc evaluate --grid` and this grid.

explain-grid-changed =
    The grid changed since the evaluation file was saved: its version differs,
    or its content does (the file records the grid's SHA-256). The file is
    still read. Answers to indicators the grid no longer has are ignored, and
    indicators the file has no answer for count as missing; the warning lists
    both. Run `utilsoc evaluate` on the file again to answer the new
    indicators, which also records the current grid.

explain-ambiguous-level =
    A level's id or label is spelt like one of the answers that mean N/A in
    data (`n/a`, `na`, `sans objet`, `so`, `non applicable`, `not applicable`,
    `non concerné(e)`, ignoring case and accents). In a CSV cell such an answer is read as N/A,
    so the level could never be chosen. Rename the level, for example
    `{"{"} id = "sans-effet", label = "Sans effet" {"}"}`; to let people say a
    question does not apply, they can answer N/A directly.

# issue 9: reading
explain-duplicate-answer =
    An evaluation file answers one indicator twice: two `[[answers]]` tables have
    the same `indicator`, as a copy and paste or a merge leaves. Which one is meant
    cannot be known, so neither counts. The finding points at the second answer and
    its note at the first. Delete the wrong one, or answer again with
    `utilsoc evaluate -o FILE`.

explain-extra-cells =
    A CSV row has a non-empty cell past the last column of the header. It has no
    column, so it is not read, and the row was most likely shifted by a stray
    delimiter (a decimal comma in a comma-separated file, a `;` typed in a cell).
    Empty cells past the header, which spreadsheets write, are fine. Quote the cell
    holding the delimiter, remove the extra cell, or name its column in the header.
    With `score --lenient` the row's other cells are read and the run goes on.

explain-record-too-long =
    A record (a line, or several when a quoted cell spans lines) runs past 16 MiB
    without ending. Either the file has no line ends (it is not CSV), or a cell
    starts with a quote that is never closed, so the rest of the file reads as one
    cell. Reading stops there, so that memory stays bounded; the finding gives the
    line the record starts on. Close the quote on that line, or check that the file
    is a CSV export.

explain-binary-data =
    The data file holds NUL bytes: it is a binary file (a spreadsheet in its own
    format, an archive) or text saved as UTF-16. It is refused at once. Export the
    data as CSV in UTF-8 ("CSV UTF-8" in Excel or LibreOffice).

# issue 10: grid

explain-redundant-alias =
    An alias names a column its indicator already has: it equals the indicator's id,
    or another of its aliases, compared ignoring case, accents and extra spaces (as
    CSV headers are matched). The column is read all the same, so the alias does
    nothing; the grid can be used as it is. Remove the alias to keep the grid tidy.

# issue 11: spreadsheets and file kinds

explain-not-survey-data =
    The file is of a kind that holds no survey table: a Word document, a PDF, an
    OpenDocument text, an image, a ZIP archive that is not a spreadsheet, an Office
    97-2003 file that is not a workbook. The kind is told from the file's first
    bytes, never from its name. Give the export of the answers instead (the survey
    tool's CSV, XLSX or ODS download).

explain-unknown-sheet =
    --sheet names no sheet of the workbook. Sheet names are matched as written, then
    ignoring case and accents; the message lists the sheets there are. Pick one of
    them, or leave --sheet out to read the first sheet.

explain-unreadable-spreadsheet =
    The file is an XLSX, ODS or XLS workbook by its content, but it cannot be read:
    it is damaged, cut short, encrypted, or a sheet it lists is missing. Open it in
    Excel or LibreOffice and save it again, or download the export once more.
# issue 11: periods from dates
explain-missing-date-column =
    `--period-from` names a column that the file does not have. Columns are
    matched by their header text, ignoring case, accents and extra spaces. The
    message lists the file's columns: copy the header of the date column, such as
    `Horodateur` (Google Forms), `submitdate` (LimeSurvey), `end` or
    `_submission_time` (KoboToolbox).

explain-date-order =
    A date written `03/04/2025` is the 3rd of April in France and March the 4th in
    the United States. The order is settled for the whole column from its values:
    one whose first part is above 12 (`15/03/2025`) means day first, one whose
    second part is above 12 (`03/15/2025`) means month first. When the file's first
    rows hold both, or only dates that could be read either way (and periods are
    finer than years, so that the order matters), nothing can be scored: give the
    order with `--date-format dmy` (day first) or `--date-format mdy` (month first).

explain-invalid-date =
    The cell of the `--period-from` column is empty or not a date in a format survey
    tools write: ISO 8601 (`2025-03-15`, `2025-03-15T10:23:45+01:00`,
    `2025-03-15 10:23:45`), `2025/03/15 10:23:45 AM UTC+1`, `15/03/2025`,
    `15/03/2025 - 10:23` or `03/15/2025 10:23:00 AM`; or it does not fit the
    day/month order settled by the column or by `--date-format`. The row is not
    counted.
# issue 11: answer codes and multiple choice
explain-duplicate-token =
    A spelling that data may hold means two different answers of one scale: an
    alias of two levels, a level alias also listed in the scale's `na`, a token
    in both `yes` and `no`, or a `yes` token utilsoc already reads as no (or N/A).
    Spellings are compared folded (case, accents and spaces ignored), so
    `A1` and `a1` are the same token. A cell with that spelling could not be
    read one way rather than the other. Keep the token on the answer it means
    in the export, and remove it from the other.
# issue 11: columns
explain-missing-column =
    A column named on the command line with --action-column, --period-column,
    --role-column or --respondent-column is not in the header of a data file.
    Column names are compared as headers are: ignoring case, accents, spaces and
    punctuation. The message lists the columns of the file, and a note suggests the
    closest. Give the header as the file writes it; when several files are read
    together, each needs that column, unless --action, --period or --role gives
    the value of files without it.

explain-few-indicators =
    Fewer than half of the grid's scored indicators have a column in a data file,
    so its scores rest on a few indicators. Most often the file's headers are
    question texts or codes that the grid does not know. Headers match an indicator
    by its id, its aliases, its label or its question (in every language of the
    grid), ignoring case, accents, spaces and punctuation. Add the headers to the
    indicators' `aliases`, or check that the file belongs to this grid. The finding
    names the missing indicators. With --strict it is an error.

# issue 12: grid roles (i12-grid)
explain-undefined-role =
    An indicator's `roles` (who is asked) or `questions` (a role's own wording)
    names a role that no `[[roles]]` table of the grid defines, or the grid
    declares no roles at all. Indicators name roles by their exact id. The finding
    suggests the closest role and lists the grid's roles. Correct the id, or
    declare the role with a `[[roles]]` table (id, label, aliases). The same holds
    for `chosen_by` in `[social_utility]` when the grid declares roles.

explain-duplicate-role =
    Two roles share a spelling once folded (case, accents and spaces aside): a
    label or an alias of one role is the id, label or alias of another. A role
    value in data matches a role by id, label or alias, so data could not tell the
    two roles apart. Keep the spelling on the role it means and remove it from the
    other. A role may repeat its own spelling.

explain-question-for-unasked-role =
    An indicator's `questions` words the question for a role that its `roles`
    does not ask. The two keys contradict each other: either the role should be
    asked, or its wording is left over. Add the role to `roles`, or remove its
    question. Without `roles`, every role is asked.

explain-indicator-asked-of-nobody =
    An indicator says `roles = []`: no role is asked, so no questionnaire would
    put it. Remove `roles` to ask every role, or name the roles asked. A figure
    the structure records (a count, a rate) needs no role: rows and files without
    a role are the structure's figures, whoever the indicator asks; give it the
    role that fills it in, such as `roles = ["salarie"]`.
explain-unknown-role =
    A role in a data file (a `role` cell, `--role`, or the `role` of an
    evaluation file) is none of the roles the grid names in `[[roles]]`. A role
    value matches a role by its id, its label (in every language of the grid) or
    one of its `aliases`, ignoring case, accents, spaces and punctuation, so
    that "Habitant·e", "habitant-e" and "HABITANTE" are one role. A value that
    matches none is kept as written, as a role of its own: a misspelt role
    splits a series in two and its answers are compared apart. One finding per
    file lists the unknown values, with how many rows gave each, and the grid's
    roles. Add the other spellings to the role's `aliases`, or correct the data.
    With --strict it is an error. A grid without `[[roles]]` takes any role.

# issue 14: local grids
explain-invalid-extends =
    A local grid's `extends` names no built-in grid, or asks for a major version
    the built-in grid is not at (`centres-sociaux@2` while the binary ships
    version 1.0.0). Name a grid of `utilsoc grids list`, and drop the `@N` or
    write the major version `utilsoc grids show ID` gives. A new major version
    means the base's indicators changed: compare them before moving on.
explain-unknown-node =
    An id in a local grid's `ignore` list, or of an `[override.ID]` table, is none
    of the base grid's domains, criteria or indicators. Ids are compared exactly,
    and an id already left out by `ignore` can no longer be overridden. Copy the
    id from the Id column of `utilsoc grids show` for the base grid; a note gives
    the closest one.
# issue 14: agreed targets
explain-duplicate-target =
    Two agreed targets (`[[targets]]` tables of a démarche's utilsoc.toml, or
    of the file given to `score --targets`) name the same indicator, the same
    action and the same period (or leave both out alike). The most specific
    agreed target that matches a group wins: action and period, then action,
    then period, then neither; two equally specific ones cannot be chosen
    between. Keep one, or give one of them an action or a period.

# issue 14: démarche checks (lead)
explain-stray-file =
    A démarche's evaluations folder holds something no command reads: a file not
    ending in `.toml` (a survey export, a spreadsheet, a backup copy
    `evaluation.toml~`) or a subfolder. `score`, `report` and `check` read only the
    `.toml` files of the folder itself: these answers do not count. Put survey
    exports in the data folder (or name them in a `[[sources]]` table), rename an
    evaluation to `*.toml`, or move out what does not belong. Hidden files (locks
    `.NAME.lock`, `.gitkeep`) are not reported.
# issue 14: utilsoc judge
explain-invalid-judgement =
    The démarche's judgement file (jugement.toml or judgement.toml beside
    utilsoc.toml, written by `utilsoc judge` or by hand) does not read, was
    recorded on another grid, or names a criterion the grid does not have or an
    action neither the démarche nor its data names (in an appreciation or a
    step of the action plan). `judge` refuses a file that does
    not read and leaves it as it is; an unknown criterion is passed over by
    `judge` and `report`. Correct the line shown (a verdict is met, partly,
    not_met or cannot_say, or atteint, en_partie, pas_atteint, ne_peut_pas_dire),
    or copy the criterion's id from `utilsoc grids show`.

# issue 16: personal data (check --grid)
explain-contact-in-answer =
    A text answer or a comment (a text-scale cell, the comment column, an
    evaluation file's comment or evidence) looks like an e-mail address or a
    French phone number (06 12 34 56 78, 0612345678, +33 6 12 34 56 78).
    Verbatims are quoted in reports, and a contact detail identifies the person:
    replace it with a pseudonym before the file is shared or committed.
    Answers to number scales are never looked at. Only `check` warns; the first
    five of a file are shown, the rest counted. See docs/donnees-personnelles.md.

# issue 16: grids utilite-sociale, creation-de-valeur, centres-sociaux (ratios in percentages)
explain-ratio-percentage =
    A percentage column (a number scale from 0 to 100 in %) holds values
    between 0 and 1. A share computed as a ratio and not multiplied by 100
    (0.35 for 35%) is a valid number there: it counts as 0.35%, scores far
    below any target, and nothing else would say so. One finding per column
    says how many cells and shows one. Multiply the ratios by 100; a value
    that really is below 1% can stay as it is.

# issue 14: long data naming indicators the local grid leaves out (lead)
explain-left-out-indicator =
    Rows of long data (one row per answer: action, indicator, value) name an
    indicator of the base grid that the local grid leaves out with `ignore`
    (itself, or through its criterion or domain). These rows are not read and
    count in no score; it is not an error: exports made before the grid was adapted
    often hold them. One finding per file lists the indicators and their rows. To
    count them again, take the indicator out of the local grid's `ignore`. In wide
    data, such a column is reported by `unknown-column`.
