## utilsoc messages, English. Keys are shared with fr.ftl; tests check both
## catalogs have the same keys and that every key the code uses exists.

error-prefix = error
did-you-mean = did you mean `{ $suggestion }`?
error-read = cannot read `{ $path }`
error-write = cannot write `{ $path }`
error-unknown-grid = unknown grid `{ $id }`: not a file and not a built-in grid (built-in grids: { $available })
error-invalid-grid = grid `{ $path }` has errors
error-invalid-builtin = built-in grid `{ $id }` is invalid
error-unknown-code = unknown finding code `{ $code }`

severity-error = error
severity-warning = warning

check-summary = { $files ->
        [one] checked 1 file
       *[other] checked { $files } files
    }: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }

## Names of the tables of a grid file, as findings name them.
table-grid = grid
table-scale = scale
table-level = level
table-band = band
table-domain = domain
table-criterion = criterion
table-indicator = indicator
table-with-id = { $table } `{ $id }`

## Types, as findings name them.
type-string = a string
type-integer = an integer
type-number = a number
type-boolean = true or false
type-strings = an array of strings
type-tables = an array of tables
type-table = a table
type-found-string = a string
type-found-integer = an integer
type-found-float = a float
type-found-boolean = a boolean
type-found-datetime = a date
type-found-array = an array
type-found-table = a table
type-found-nonfinite = `{ $value }`
type-found-huge = an integer too large

## File-level findings.
not-utf8 = file is not valid UTF-8 (byte { $byte })
label-not-utf8 = first invalid byte
note-save-as-utf8 = save the file as UTF-8 (in most editors: "Save as…", encoding UTF-8)
empty-file = file is empty
label-empty-file = a grid needs at least `format`, `id`, `version`, `title` and one domain
file-too-large = file is larger than { $max } bytes
toml-syntax = TOML syntax error: { $detail }
label-toml-syntax = here
note-more-syntax-errors = { $count } more syntax errors not shown

## Shape findings.
unknown-key = unknown key `{ $key }` in { $place }
label-unknown-key = not a key of this table
wrong-type = `{ $key }` in { $place } must be { $expected }, found { $found }
label-wrong-type = expected { $expected }
missing-field = missing `{ $key }` in { $place }
label-missing-field = `{ $key }` is required here
invalid-value = invalid `{ $key }` value `{ $value }` in { $place }
label-expected-one-of = expected one of: { $allowed }

## Rules.
unsupported-format = unsupported grid format `{ $format }`
label-supported-formats = this version of utilsoc reads format 1
invalid-version = version `{ $version }` is not a semantic version
label-semver = expected MAJOR.MINOR.PATCH, e.g. 1.0.0
invalid-id = `{ $id }` is not a valid { $table } id
label-invalid-id = ids use lowercase ASCII letters, digits, `-` and `_`, starting with a letter or digit
duplicate-id = { $table } id `{ $id }` is defined twice
duplicate-level = level id `{ $id }` is defined twice in scale `{ $scale }`
duplicate-level-label = level `{ $label }` of scale `{ $scale }` cannot be told apart from another level
label-duplicate = defined again here
label-first-defined = first defined here
no-domains = grid has no domains
label-no-domains = add at least one [[domains]] table
empty-domain = domain `{ $id }` has no criteria
label-empty-domain = add at least one [[domains.criteria]] table
empty-criterion = criterion `{ $id }` has no indicators
label-empty-criterion = add at least one [[domains.criteria.indicators]] table
invalid-weight = weight must be greater than 0, found { $weight }
label-positive-weight = a positive number
too-few-levels = scale `{ $scale }` needs at least two levels
label-two-levels = at least two levels expected
partial-level-scores = scale `{ $scale }` gives a score to { $scored } of its { $total } levels
label-level-without-score = level `{ $level }` has no score
label-level-with-score = this level has one
ambiguous-level = level `{ $level }` of scale `{ $scale }` would read as N/A (sans objet) in data
label-ambiguous-level = spelt like an N/A answer
score-out-of-range = score { $score } is outside 0-100
label-score-range = scores go from 0 to 100
invalid-bounds = `min` ({ $min }) must be below `max` ({ $max })
label-max-above-min = must be greater than `min`
label-min = `min` is here
field-not-applicable = `{ $key }` does not apply here
label-not-for-scale-type = not used by a `{ $kind }` scale
label-only-with-target = only meaningful with a `target`
conflicting-scoring = both `target` and `bands` are given
label-bands-here = bands given here
label-target-here = target given here
missing-target = `{ $key }` is given without a `target`
target-equals-baseline = target and baseline are both { $value }
label-target = target
label-baseline = baseline
note-default-baseline = the baseline defaults to { $value } (the scale's `min`, or 0)
note-default-baseline-lower = the baseline defaults to { $value } (the scale's `max`, as lower is better)
inconsistent-lower = `direction = "lower"` needs a baseline above the target, found target { $target } and baseline { $baseline }
inconsistent-higher = the baseline ({ $baseline }) is above the target ({ $target }) but lower values are not said to be better
label-direction = direction
note-add-direction-lower = add `direction = "lower"` if lower values are better, or swap target and baseline
lower-needs-baseline = `direction = "lower"` needs a `baseline` (the value that scores 0)
label-lower-needs-baseline = give a `baseline`, or a `max` on the scale
empty-bands = `bands` is empty
label-empty-bands = at least one band expected
bands-not-ascending = band `from = { $from }` does not come after `from = { $previous }`
label-band-from = bands must be in strictly ascending order
label-previous-band = previous band
duplicate-alias = column name `{ $name }` is already taken by an indicator id or alias
reserved-column = `{ $name }` is a reserved column name
label-reserved-column = a data column of this name is read as that reserved column: this indicator would never be answered
unknown-scale = unknown scale `{ $scale }`
label-unknown-scale = no [scales] table has this id
unused-scale = scale `{ $id }` is never used
label-unused-scale = no indicator uses this scale
missing-source = indicator `{ $id }` has no `source`
label-missing-source = say where the data comes from (register, questionnaire, interview...)
missing-help = indicator `{ $id }` has no `help` or `description`
label-missing-help = say how to collect the indicator
single-indicator = criterion `{ $id }` is measured by a single indicator
label-single-indicator = one indicator makes a fragile criterion
no-scored-indicator = criterion `{ $id }` has no scored indicator and will never get a score
label-no-scored-indicator = all its indicators are text or descriptive numbers
outside-bounds = { $value } is outside the scale's bounds
label-bounds = the scale accepts { $min } to { $max }

## Grid tables.
col-id = Id
col-title = Title
col-version = Version
col-element = Domain › criterion › indicator
col-weight = Weight
grid-show-header = { $title }
    { $id } { $version } · { $domains ->
        [one] 1 domain
       *[other] { $domains } domains
    }, { $criteria ->
        [one] 1 criterion
       *[other] { $criteria } criteria
    }, { $indicators ->
        [one] 1 indicator
       *[other] { $indicators } indicators
    }
scale-type-levels = levels
scale-type-boolean = yes/no
scale-type-number = number
scale-type-text = text
scale-levels-count = { $count } levels
scale-linear = target { $target }, baseline { $baseline }
scale-bands = { $count } bands
scale-descriptive = descriptive

## Survey data.
warning-prefix = warning
expected-levels = one of { $levels } (scale `{ $scale }`), N/A or empty
expected-boolean = yes/no (oui/non, o/n, vrai/faux, true/false, 1/0), N/A or empty
expected-number = a number
expected-integer = a whole number
expected-between = {" "}from { $min } to { $max }, N/A or empty
expected-at-least = {" "}of at least { $min }, N/A or empty
expected-at-most = {" "}of at most { $max }, N/A or empty
data-expected = expected { $expected }
data-empty = `{ $file }` is empty: a header line is expected
data-no-action = `{ $file }` has no `action` column (columns: { $found })
data-unknown-columns = `{ $file }`: { $count ->
        [one] 1 column matches
       *[other] { $count } columns match
    } no indicator of the grid and { $count ->
        [one] is
       *[other] are
    } ignored: { $columns }
data-duplicate-column = `{ $file }`: columns `{ $first }` and `{ $second }` are the same indicator
data-no-indicator = `{ $file }` has no column named after an indicator of grid `{ $grid }` (nor an `indicator` and a `value` column)
data-windows-1252 = `{ $file }` is not UTF-8: read as Windows-1252
data-lenient-hint = (with --lenient, cells that do not fit and rows without action are left out and the run goes on)
data-unknown-columns-strict = { $count ->
        [one] 1 column matches
       *[other] { $count } columns match
    } no indicator of the grid, which --strict does not allow: { $columns }
data-empty-action = the `action` cell is empty
data-unknown-indicator = `{ $indicator }` is not an indicator of grid `{ $grid }`
data-bad-cell = `{ $value }` in column `{ $column }` does not fit its scale
data-more-problems = { $count } more not shown
data-lenient-summary = { $count ->
        [one] 1 problem in the data: its cell or row was left out
       *[other] { $count } problems in the data: their cells or rows were left out
    }
data-strict-summary = { $count ->
        [one] 1 problem in the data
       *[other] { $count } problems in the data
    }: nothing was written
progress-rows = rows
table-responses = Responses
table-overall = Overall

## Evaluation files.
evaluation-header = Autoévaluation written by `utilsoc evaluate`: each answer is saved at once.
    Run the same command again to go on; `utilsoc score` reads this file.
evaluation-invalid = `{ $file }` is not a valid evaluation file: { $detail }
evaluation-format = `{ $file }` has evaluation format { $format }; this version of utilsoc reads format 1
evaluation-wrong-grid = `{ $file }` was recorded with grid `{ $recorded }`, not `{ $grid }`
evaluation-grid-edited = grid `{ $grid }` changed since the file was saved (same version { $version })
evaluation-grid-version = the file was recorded with version { $recorded } of grid `{ $grid }`, now { $version }
evaluation-gone = { $count ->
        [one] 1 answer is for an indicator the grid no longer has (ignored)
       *[other] { $count } answers are for indicators the grid no longer has (ignored)
    }: { $ids }
evaluation-unanswered = { $count ->
        [one] 1 indicator of the grid has no answer in the file
       *[other] { $count } indicators of the grid have no answer in the file
    }: { $ids }
evaluation-bad-answer = the answer to `{ $indicator }` does not fit its scale
score-unknown-extension = cannot tell the output format from `{ $path }`: use --format table, csv or json

## Interactive autoévaluation.
evaluate-no-terminal = `utilsoc evaluate` asks questions in a terminal, and standard input or error is not one; to score answers collected elsewhere, use `utilsoc score --grid GRID answers.csv`
evaluate-interrupted = interrupted: { $saved }
evaluate-welcome = Autoévaluation: { $title }
evaluate-ask-action = Action evaluated
evaluate-action-required = An action name is needed: it names the file and the scores.
evaluate-ask-period = Period
evaluate-ask-role = Who is answering?
evaluate-ask-role-other = Role
evaluate-ask-evaluator = Your name (optional)
evaluate-new-file = Answers are saved as you go in { $path }
evaluate-resume = Resuming { $path } ({ $context }): { $answered } of { $total } { $total ->
        [one] indicator
       *[other] indicators
    } answered{ $skipped ->
        [0] {""}
       *[other] , { $skipped } skipped
    }.
evaluate-file-is = Evaluation file: { $path }
role-staff = staff member
role-volunteer = volunteer
role-participant = participant / resident
role-board = board member
role-partner = partner
role-funder = funder
role-other = other…
role-none = (no role)
eval-progress = ({ $current }/{ $total })
eval-first-question = This is the first question.
eval-help = Help: { $help }
eval-current = Current answer: { $answer }
eval-current-comment = Comment: { $comment }
eval-state-na = not applicable
eval-state-dont-know = don't know
eval-state-missing = skipped
eval-yes = Yes
eval-no = No
eval-choose = Your answer
eval-action-na = ⟶ Not applicable (N/A)
eval-action-skip = ⟶ Skip (leave unanswered)
eval-action-back = ⟶ Back to the previous question
eval-action-comment = ⟶ Add a comment…
eval-action-overview = ⟶ Overview by criterion…
eval-action-quit = ⟶ Save and quit
eval-action-answer = ⟶ Answer this question
eval-comment-prompt = Comment (empty to remove)
eval-comment-saved = Comment saved.
eval-empty-for-menu = Leave empty and press Enter for the menu (N/A, skip, back, comment, overview, quit).
eval-number-prompt = Value
eval-number-invalid = `{ $value }` is not accepted: expected { $expected }.
eval-text-hint = Type your answer; several lines are possible, an empty line ends it. Empty at once: the menu.
eval-text-prompt = Answer
eval-overview = Go to a criterion
eval-overview-back = ⟵ Back to the current question

## Templates.
template-context = Action: ______________________   Period: __________   Role: ______________________
template-instructions = Tick one box per question. "Not applicable" means the question does not concern you; leave a question blank if you prefer not to answer.
template-na = Not applicable

## Reports.
report-unknown-extension = cannot tell the report format from `{ $path }`: use --format html or markdown
report-markdown-needs-output = a Markdown report writes its charts as files beside it: give the report file with -o
report-title = Social utility report: { $grid }
report-all-answers = all answers
report-none = none
report-grid = Grid: { $title } (`{ $id }`, version { $version })
report-actions = { $count ->
        [one] Action
       *[other] Actions
    }: { $list }
report-periods = Periods: { $list }
report-roles = Roles: { $list }
report-responses = Responses: { $count }
report-date = Report made on { $date } with utilsoc
report-reading = Scores go from 0 to 100. Each score is followed by its coverage: scored indicators out of the indicators that apply (7/9). "—" means no indicator was answered: no score, which is not 0.
report-overview = Overview
report-overview-caption = Scores by domain, with coverage
report-col-action = Action
report-col-period = Period
report-col-responses = Responses
report-col-domain = Domain
report-col-change = Change
report-col-criterion = Criterion
report-col-roles = Scores by role
report-col-spread = Gap
report-no-score = no score
report-no-period = no period
report-profile = Profile by domain
report-radar-title = Scores by domain: { $action }
report-criteria = Scores by criterion
report-bars-title = Scores by criterion: { $action }
report-change = Change between periods
report-change-role = Change between periods ({ $role })
report-divergence = Where roles differ
report-no-divergence = On the indicators at least two roles answered, the roles' scores are never more than { $threshold } points apart, on a criterion or an indicator.
report-divergence-intro = Criteria and indicators where the roles' scores are more than { $threshold } points apart, computed on the indicators at least two roles answered only: perceptions differ, which is worth discussing together. n = the role's responses.
report-quote = “{ $text }” ({ $who })
report-comment = Comment on “{ $indicator }”: “{ $text }” ({ $who })
report-general-comments = General comments
report-verbatims = What people said
report-method = Method
report-method-structure = The grid splits social utility into { $domains } domains, { $criteria } criteria and { $indicators } indicators. Answers are converted to scores from 0 to 100 according to each indicator's scale:
report-scale-levels = { $name }: levels scored { $levels }
report-scale-boolean = { $name }: yes scores 100, no scores 0
report-scale-number = { $name }: numbers, { $how }
report-number-linear = { $count ->
        [one] 1 indicator scored linearly between a baseline (0) and a target (100)
       *[other] { $count } indicators scored linearly between a baseline (0) and a target (100)
    }
report-number-bands = { $count ->
        [one] 1 scored by bands
       *[other] { $count } scored by bands
    }
report-number-descriptive = { $count ->
        [one] 1 reported without a score
       *[other] { $count } reported without a score
    }
report-scale-text = { $name }: free text, never scored, quoted in this report
report-method-scoring = Several answers to an indicator in one group are averaged (numbers are first combined as the grid says, e.g. summed, then scored). A criterion's score is the weighted mean of its scored indicators; a domain's, the weighted mean of its criteria that have a score.
report-method-coverage = "Not applicable" answers and missing answers never count as zero: they are left out of the means. Coverage counts the scored indicators out of those that apply: a low coverage means a score resting on few answers.
report-method-overall = The overall score is the weighted mean of the domains that have a score; read it with the profile and the coverage.

# issue 9: reading
error-too-large = `{ $path }` is too large: { $size } MiB ({ $bytes } bytes), over the limit of { $limit } MiB for this kind of file; it was not read
error-too-large-stream = `{ $path }` is too large: more than the limit of { $limit } MiB for this kind of file; it was not read
evaluation-unknown-indicator = an answer is given for `{ $indicator }`, which is not an indicator of grid `{ $grid }`: it does not count
evaluation-duplicate-answer = a second answer is given for `{ $indicator }`: neither counts, as which one is meant cannot be known
evaluation-first-answer = the first answer is at { $place }
data-record-too-long = a record starts on this line and runs past { $limit } MiB without a line end (the file is not CSV, or a quote is never closed): reading stopped here
data-binary = this is not a text file: it holds NUL bytes (a binary file, or text saved as UTF-16); save the data as CSV in UTF-8
data-extra-cells = this row has { $cells } cells and the header { $header }: `{ $value }` and any cell after it have no column and are not read

# issue 9: writes
error-create = cannot create `{ $path }`
error-replace = cannot replace `{ $path }` with the new file
error-read-stdin = cannot read standard input
error-write-stdout = cannot write to standard output
io-not-found = no such file
io-no-folder = its folder does not exist
io-permission-denied = permission denied
io-is-directory = is a directory
io-not-directory = a part of the path is not a directory
io-storage-full = no space left on the disk
io-quota-exceeded = disk quota exceeded
io-read-only = the file system is read-only
io-too-large = the file is too large for the file system
io-loop = too many levels of symbolic links
io-invalid-name = the name is invalid or too long
io-exists = already exists
io-error = { $what }: { $reason }

# issue 9: autoévaluation (evaluate: file per evaluator, lock, resume checks, period, small terminal, failed saves)
evaluate-saved-nothing = no answer given, no file written
evaluate-saved-count = { $count ->
        [0] no answer yet in { $path }
        [one] 1 answer is saved in { $path }
       *[other] { $count } answers are saved in { $path }
    }; run the same command to go on
evaluate-period-invalid = `{ $value }` is not a period: type a year (2025), a half-year (2025-S1), a quarter (2025-T2), a month (2025-03) or a span of years (2024-2025)
evaluate-terminal-too-small = the terminal is too small ({ $rows ->
        [one] 1 row
       *[other] { $rows } rows
    }, { $columns ->
        [one] 1 column
       *[other] { $columns } columns
    }): `utilsoc evaluate` needs at least { $min_rows } rows and { $min_columns } columns; enlarge the window and run the same command again
evaluate-locked = `{ $path }` is open in another session: { $holder }, since { $since }. Finish or quit that session, then run this command again (if its process has ended, its lock is released with it and taken over automatically)
evaluate-locked-unknown = `{ $path }` is open in another session, which is just starting. Finish or quit that session, then run this command again
evaluate-lock-failed = cannot lock `{ $path }`
evaluate-lock-stale = A session on { $path } ({ $holder }, since { $since }) ended without closing it; its lock is taken over.
evaluate-lock-someone = someone
evaluate-lock-process = process { $pid }
evaluate-other-context = { $path } is recorded for another evaluation than the one asked for:
evaluate-field-differs = { $field }: the file has { $recorded }, you asked for { $asked }
evaluate-field-action = action
evaluate-field-period = period
evaluate-field-role = role
evaluate-field-evaluator = evaluator
evaluate-field-none = none
evaluate-quoted = “{ $value }”
evaluate-other-ask = What now?
evaluate-other-continue = Continue this file, with its values ({ $context })
evaluate-other-file = Choose another file…
evaluate-other-quit = Quit without writing anything
evaluate-ask-file = Evaluation file
evaluate-nothing-written = Nothing was written.
evaluate-context-period = period { $period }
evaluate-context-role = role { $role }
evaluate-context-evaluator = by { $evaluator }
evaluate-unsaved = { $count ->
        [one] This answer is not in { $path }:
       *[other] These { $count } answers are not in { $path }:
    }
eval-save-failed = The answer could not be saved: { $error }. It is kept for now.
eval-save-what-now = Save again?
eval-save-retry = Retry
eval-save-quit = Quit (the answers not saved are listed)

# issue 10: command layer (built-in grid over a file of its name)
note-prefix = note
grid-builtin-over-file = `{ $id }` is the built-in grid, not the file or folder of that name here (for that one, write `./{ $id }`)

# issue 10: grid
redundant-alias = alias `{ $name }` already names indicator `{ $id }`
label-redundant-alias = this indicator already reads this column
note-redundant-alias = remove it: columns are matched ignoring case, accents and extra spaces

# issue 11: spreadsheets and file kinds
data-not-survey-data = `{ $file }` is { $kind }, not survey data: export the answers as CSV, XLSX or ODS
data-unknown-sheet = `{ $file }` has no sheet `{ $sheet }` (sheets: { $sheets })
data-unreadable-spreadsheet = `{ $file }` cannot be read as a spreadsheet: { $error }
kind-docx = a Word document (.docx)
kind-pptx = a PowerPoint presentation (.pptx)
kind-odt = an OpenDocument text (.odt)
kind-opendocument = an OpenDocument file that is not a spreadsheet
kind-zip = a ZIP archive that is not a spreadsheet
kind-old-office = an Office 97-2003 document that is not a workbook (.doc, .ppt)
kind-pdf = a PDF document
kind-image = an image
kind-gzip = a gzip-compressed file
kind-archive = a compressed archive (7z, RAR)
kind-rtf = an RTF document
# issue 11: periods from dates
data-date-column-missing = `{ $file }` has no column `{ $column }` to read periods from (columns: { $found })
data-date-dmy = day/month
data-date-mdy = month/day
data-date-conflict = the dates of column `{ $column }` are day first on line { $dmy_line } (`{ $dmy }`) and month first on line { $mdy_line } (`{ $mdy }`)
data-date-ambiguous = the dates of column `{ $column }` could be day/month or month/day (`{ $value }`)
data-date-ambiguous-cell = `{ $value }` in column `{ $column }` could be day/month or month/day
data-date-format-expected = `--date-format dmy` (day first) or `--date-format mdy` (month first)
data-date-empty = the date in column `{ $column }` is empty
data-date-invalid = `{ $value }` in column `{ $column }` is not a date
data-date-against-order = `{ $value }` in column `{ $column }` is not a date in the { $order } order that line { $line } settled
data-date-against-format = `{ $value }` in column `{ $column }` is not a date in the { $order } order of `--date-format`
data-date-formats = a date such as { $formats }
# issue 11: answer codes and multiple choice
duplicate-token = `{ $token }` means two different answers of scale `{ $scale }`
label-token-means = means { $meaning } here
note-builtin-token = utilsoc already reads `{ $token }` as { $meaning } on this scale
token-meaning-level = level `{ $level }`
token-meaning-na = N/A
token-meaning-yes = yes
token-meaning-no = no
label-option-boolean-only = only an indicator on a boolean scale reads a multiple-choice option
label-option-code-alone = `option_codes` needs `option`
expected-tick = the option ticked (“{ $option }”, X, Y, 1, oui, true) or not (empty, 0, N, non, false)
# issue 11: columns
data-missing-named-column = `{ $file }` has no column `{ $column }` given by { $option } (columns: { $found })
data-no-action-hint = name the action column with --action-column COL, or give every row's action with --action TEXT
data-header-row-past-end = `{ $file }` has no row { $row } to read the header from
data-few-indicators = `{ $file }`: only { $found } of the { $total } scored indicators of the grid { $found ->
        [one] has
       *[other] have
    } a column; missing: { $missing }
data-few-indicators-more = {", "}and { $count } more
data-few-indicators-hint = headers match an indicator by its id, its aliases, its label or its question: add the headers of this file to the indicators' `aliases`

# issue 12: evaluate
evaluate-role-structure = none: the structure's figures
evaluate-role-unknown = unknown role “{ $value }”; the grid's roles: { $roles }
eval-dont-know = Don't know
evaluate-context-collective = collective autoévaluation
evaluate-field-kind = kind of evaluation
evaluate-kind-individual = individual
evaluate-kind-collective = collective
# issue 12: grid roles (i12-grid)
table-role = role
type-string-table = a table of strings
undefined-role = indicator `{ $id }` names role `{ $role }` in `{ $key }`, which the grid does not define
label-undefined-role = not a role of this grid
note-grid-roles = the grid's roles: { $roles }
label-no-roles = this grid has no [[roles]]
note-no-roles = declare the roles with [[roles]] tables (id, label, aliases), or remove `roles` and `questions` from the indicator
duplicate-role = role `{ $role }` is spelt `{ $spelling }`, as is role `{ $other }`: data could not tell them apart
label-duplicate-role = also a spelling of another role
label-duplicate-role-first = a spelling of role `{ $role }`
question-for-unasked-role = indicator `{ $id }` words a question for role `{ $role }`, which its `roles` does not ask
label-question-for-unasked-role = this role is not asked
label-roles-asked = asked: { $roles }
note-question-for-unasked-role = add `{ $role }` to `roles`, or remove its question
indicator-asked-of-nobody = indicator `{ $id }` is asked of nobody
label-indicator-asked-of-nobody = an empty list asks no role
note-indicator-asked-of-nobody = remove `roles` to ask every role, or name the roles asked; figures the structure records come from rows without a role, whoever the indicator asks
grid-roles-heading = Roles:
grid-role-aliases = also: { $aliases }
grid-asked-of = asked of: { $roles }
grid-own-wording = own wording: { $roles }
scale-dont-know = don't know allowed
# issue 12: data (roles, don't know, collective evaluations)
data-unknown-role = `{ $file }`: { $count ->
        [one] 1 role matches
       *[other] { $count } roles match
    } no role of the grid and { $count ->
        [one] is
       *[other] are
    } kept as written: { $values }
data-unknown-role-strict = { $count ->
        [one] 1 role matches
       *[other] { $count } roles match
    } no role of the grid, which --strict does not allow: { $values }
data-unknown-role-rows = `{ $value }` ({ $count ->
        [one] 1 row
       *[other] { $count } rows
    })
data-unknown-role-more = {", "}and { $count } more
data-unknown-role-expected = one of the grid's roles: { $roles }
data-unknown-role-hint = a role in data matches a role of the grid by its id, its label or its `aliases`, ignoring case, accents, spaces and punctuation: add the other spellings to the role's `aliases`, or correct the data
expected-dont-know = ; “don't know” (ne sait pas, NSP) is accepted too
evaluation-dont-know-refused = scale `{ $scale }` does not take “don't know” (`status = "dont_know"`): the grid would say `dont_know = true`
evaluation-dont-know-refused-after = { $expected }; scale `{ $scale }` does not take “don't know” (`status = "dont_know"`): the grid would say `dont_know = true`
# issue 12: outputs (series, guards, distributions, divergence)
series-all = all respondents
series-collective = collective
series-collective-role = collective ({ $role })
flag-low-responses = fewer than { $min } responses
flag-low-coverage = coverage under { $min }
guards-responses = fewer than { $min } responses
guards-coverage = less than { $share } of its indicators scored
guards-both = fewer than { $min } responses or less than { $share } of its indicators scored
table-distributions-legend = Under each criterion, its level and yes/no indicators: share of favourable answers (score above 50), then [answers per level] in the scale's order (yes/no: no, yes).
table-flag-legend-dim = In grey: a score resting on too little ({ $guards }); computed, read with care.
table-flag-legend-mark = *: a score resting on too little ({ $guards }); computed, read with care.
table-divergence-title = Where roles differ (on shared indicators)
table-div-group = Action
table-div-node = Domain or criterion
table-div-spread = Spread
table-div-roles = Roles
table-div-role = { $role } { $score } (n = { $responses }, { $shared } ind.)
table-divergence-legend = Each role's score is computed on the indicators at least two roles answered only; n = responses, ind. = shared indicators the role scored.
report-col-series = Series
report-col-indicator = Indicator
report-flagged = { $score } ({ $reason })
report-change-flagged = — ({ $reason })
report-divergence-criteria = Criteria, on shared indicators
report-divergence-indicators = Indicators
report-divergence-role = { $role } { $score } (n = { $n }, { $shared ->
        [one] 1 shared indicator
       *[other] { $shared } shared indicators
    })
report-divergence-role-indicator = { $role } { $score } (n = { $n })
report-divergence-role-favourable = { $role } { $score } (n = { $n }, { $favourable } favourable)
report-method-guards = Guards: a score resting on { $guards } is shown in grey with the reason, and no change is drawn from it. Under 5 respondents a share is one or two people's answer and their anonymity is no longer safe; under half its indicators a score does not represent its criterion or domain. Defaults: 5 responses and 0.5; --min-responses and --min-coverage change them (0 turns them off).
report-method-no-guards = Guards off: no score is flagged, whatever its responses or coverage.
report-method-divergence = Differences between roles are computed on the indicators at least two roles answered only: a difference of coverage never reads as a difference of perception. The structure's own figures (rows without a role) count in the action's scores, never as a role; a collective self-evaluation is a series of its own.

# issue 13: clap help and usage errors (src/cli/help.rs, src/cli/errors.rs)
cli-about = Evaluate social utility: grids, autoévaluation, scores and reports.
cli-long-about = utilsoc evaluates the social utility of associations and other social and solidarity economy organisations, from grids of domains, criteria and indicators.
cli-usage-heading = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-data = Reading the data
cli-help = Print help
cli-help-short = Print help (see more with `--help`)
cli-help-long = Print help (see a summary with `-h`)
cli-version = Print version
cli-help-about = Print this message or the help of the given subcommand(s)
cli-possible-values = [possible values: { $values }]
cli-default-value = [default: { $value }]
cli-value-command = COMMAND
cli-value-file = FILE
cli-value-grid = GRID
cli-value-input = INPUT
cli-value-field = FIELD
cli-value-char = CHAR
cli-value-col = COL
cli-value-text = TEXT
cli-value-name = NAME
cli-value-unit = UNIT
cli-value-order = ORDER
cli-value-lang = LANG
cli-value-when = WHEN
cli-value-format = FORMAT
cli-value-code = CODE
cli-value-action = ACTION
cli-value-period = PERIOD
cli-value-role = ROLE
cli-value-shell = SHELL
cli-arg-lang = Language of messages (default: from LC_ALL, LC_MESSAGES or LANG)
cli-arg-color = When to use colours (NO_COLOR is respected)
cli-arg-quiet = Print only findings and results, no summaries or notices
cli-check-about = Validate grid files, reporting every finding with its location
cli-grids-about = List, show, export or compare grids
cli-grids-list-about = List the built-in grids (the default)
cli-grids-show-about = Show a grid's tree: domains, criteria and indicators, with scales and weights
cli-grids-export-about = Write a grid as TOML: a built-in one to start a grid of your own, or a local grid as it is (standalone with `--resolved`)
cli-score-about = Score survey data (CSV) against a grid: per action, period and role
cli-evaluate-about = Autoévaluation in the terminal: answer a grid for one action, step by step
cli-report-about = The document a board or a funder reads: HTML or Markdown, with charts
cli-template-about = A blank CSV to fill in, or a printable questionnaire (Markdown or HTML): the interviewer's, or one role's
cli-schema-about = Print the JSON Schema of the grid format (for taplo / Even Better TOML)
cli-completions-about = Print shell completions (bash, zsh, fish, elvish, powershell)
cli-man-about = Print the manual page (roff), e.g. `utilsoc man > utilsoc.1`
cli-arg-delimiter = Field delimiter of CSV input: `,`, `;` or `tab` (detected by default)
cli-arg-strict = Unknown columns are errors, not warnings
cli-arg-lenient = Report cells that do not fit their scale, count them as missing and go on
cli-arg-action-column = The column holding the action, by its header text (matched ignoring case, accents, spaces and punctuation)
cli-arg-period-column = The column holding the period, by its header text
cli-arg-role-column = The column holding the role, by its header text
cli-arg-respondent-column = The column identifying the respondent, by its header text
cli-arg-action = The action of every row of files that have no action column (one form per action)
cli-arg-period = The period of every row of files that have no period column
cli-arg-role = The role of every row of files that have no role column
cli-arg-header-row = The row holding the header, from 1 (found among the first rows by default); a second header row under it is still recognised
cli-arg-sheet = The sheet of XLSX and ODS inputs to read, by name (default: the first)
cli-arg-period-from = The period of each row from this date column (its header text)
cli-arg-period-by = How finely --period-from cuts time: 2025, 2025-S1, 2025-T1 or 2025-03
cli-arg-date-format = The order of dates written 03/04/2025, when the column does not settle it: `dmy` (day first) or `mdy` (month first)
cli-arg-grid = The grid: a built-in grid id or a grid file
cli-arg-inputs = CSV files and evaluation files (`-` reads standard input), read as one data set
cli-arg-by = Split groups by role too (periods always split), and show where roles differ
cli-arg-min-responses = Flag scores resting on fewer responses than N (still computed, shown greyed, no change drawn from them); 0 turns it off. Default: none for `score`, 5 for `report`
cli-arg-min-coverage = Flag scores covering less than this share (0-1) of their indicators; 0 turns it off. Default: none for `score`, 0.5 for `report`
cli-arg-output = Write to this file instead of standard output
cli-score-arg-format = Output format (default: from the extension of -o, else table)
cli-score-arg-output = Write to this file (atomically) instead of standard output
cli-score-arg-excel = CSV for French Excel: `;`, decimal commas and a UTF-8 BOM
cli-score-arg-distributions = Table: show level and yes/no indicators under their criterion, with the share of favourable answers and the count per level
cli-check-arg-files = Grid files to check (`-` reads standard input); with --grid, data files
cli-check-arg-grid = Check data files (CSV) against this grid (a built-in id or a file) instead of checking grids
cli-check-arg-builtin = Also check the built-in grids
cli-check-arg-format = Output format: `human` (source excerpts with the offending value underlined), `json` (one JSON document) or `github` (GitHub Actions annotations)
cli-check-arg-deny-warnings = Exit with 1 on warnings too
cli-check-arg-explain = Explain a finding code (e.g. `unknown-key`) and exit
cli-evaluate-arg-action = The action evaluated (asked when missing)
cli-evaluate-arg-period = The period: 2025, 2025-S1, 2025-T2, 2025-03 or 2024-2025 (asked when missing)
cli-evaluate-arg-role = Who answers: staff, volunteer, participant... (asked when missing)
cli-evaluate-arg-evaluator = Who is filling in the evaluation
cli-evaluate-arg-output = The evaluation file; an existing file is resumed (default: evaluation-….toml, named after the action, period, role and evaluator)
cli-evaluate-arg-review = Go through every answer again, current values preselected
cli-evaluate-arg-collective = A group's consensual autoévaluation (kind = "collective"), its own series in scores, never averaged in with individual answers
cli-template-arg-format = What to write
cli-template-arg-actions = Actions to list in the CSV, one row each (comma-separated)
cli-template-arg-excel = CSV for French Excel: `;` and a UTF-8 BOM
cli-template-arg-all = Questionnaire: every indicator, not only those asked as questions
cli-report-arg-format = Output format (default: from the extension of -o, else html)
cli-report-arg-output = The report file (Markdown writes its charts as SVG files beside it)
cli-completions-arg-shell = The shell
cli-error-more = For more information, try `--help`.
cli-error-unknown-subcommand = unknown subcommand `{ $name }`
cli-error-unexpected-argument = unexpected argument `{ $name }`
cli-error-tip-escape = to give `{ $value }` as a value, write `-- { $value }`
cli-error-empty-value = `{ $arg }` needs a value
cli-error-invalid-value = invalid value `{ $value }` for `{ $arg }`
cli-error-invalid-value-among = invalid value `{ $value }` for `{ $arg }` (possible values: { $values })
cli-error-value-validation = invalid value `{ $value }` for `{ $arg }`: { $reason }
cli-error-missing-arguments = { $count ->
    [one] a required argument is missing: { $args }
   *[other] required arguments are missing: { $args }
}
cli-error-missing-subcommand = `{ $name }` needs a subcommand: { $commands }
cli-error-repeated = `{ $arg }` is given more than once
cli-error-conflict = `{ $arg }` cannot be used with { $other }
cli-error-too-many-values = unexpected value `{ $value }` for `{ $arg }`: it takes no more
cli-error-number-of-values = `{ $arg }` takes { $expected } values, { $actual } given
cli-error-no-equals = `{ $arg }` takes its value after `=`
cli-error-invalid-utf8 = an argument is not valid UTF-8
cli-error-other = the command line cannot be read
cli-error-delimiter = expected `,`, `;` or `tab`, found `{ $value }`
cli-error-share = expected a share from 0 to 1 (0.5 for half the indicators), found `{ $value }`
cli-error-header-row = expected a row number from 1 to 1000, found `{ $value }`
# issue 13: the question screen (i13-walk)
eval-overview-legend = By criterion: indicators answered / to answer (an answer, “don't know” and “not applicable” count); N/A: not applicable; skipped: still to answer. Choose a criterion to go to it.
eval-overview-na = { $count } N/A
eval-overview-skipped = { $count } skipped
# issue 13: the start, resume and end of an autoévaluation (evaluate)
evaluate-resume-open = To complete, by criterion (indicators answered / in the criterion):
evaluate-criterion-skipped = { $counts }, { $count } skipped
evaluate-more-criteria = … and { $count ->
        [one] 1 more criterion
       *[other] { $count } more criteria
    }
evaluate-more-skipped = … and { $count } more skipped { $count ->
        [one] indicator
       *[other] indicators
    }
evaluate-skipped-criterion = { $criterion }:
evaluate-count-answers = { $count ->
        [one] 1 answer
       *[other] { $count } answers
    }
evaluate-count-na = { $count } not applicable
evaluate-count-dont-know = { $count } “don't know”
evaluate-end-complete = All { $total } indicators are answered: { $breakdown }.
evaluate-end-finished = Done: { $complete } of { $total } { $total ->
        [one] indicator
       *[other] indicators
    } answered{ $breakdown }.
evaluate-end-quit = Saved: { $complete } of { $total } { $total ->
        [one] indicator
       *[other] indicators
    } answered{ $breakdown }.
evaluate-end-remaining = { $count } left ({ $skipped ->
        [0] {""}
       *[other] { $skipped } skipped, {""}
    }{ $unseen } not seen yet). To complete, by criterion (indicators answered / in the criterion):
evaluate-end-skipped = { $count ->
        [one] 1 indicator skipped
       *[other] { $count } indicators skipped
    } (not answered), by criterion:
evaluate-next-continue = To go on where you stopped:
evaluate-next-review = To come back to the skipped indicators (the answers given are preselected, Enter keeps them):
evaluate-next-score = Next, the scores and the report of this evaluation:
evaluate-action-hint = The action evaluated, for example “digital workshops” or “street party”: it names the file and the scores.
evaluate-period-hint = The period covered: a year (2025), a half-year (2025-S1), a quarter (2025-T2), a month (2025-03) or a span of years (2024-2025). Enter keeps the one in brackets.
evaluate-role-hint = Each role is asked only its own questions, in its own words; without a role, the file holds the structure's figures.
# issue 13: outputs at 80 columns, legends, files written, Excel headers
col-size = Size
grid-list-size = { $domains ->
        [one] 1 domain
       *[other] { $domains } domains
    }
    { $criteria ->
        [one] 1 criterion
       *[other] { $criteria } criteria
    }
    { $indicators ->
        [one] 1 indicator
       *[other] { $indicators } indicators
    }
grid-scale-line = scale: { $scale }
table-cell-legend = Each cell: score out of 100 (indicators scored/to score), e.g. 65 (5/10); —: no indicator scored.
report-written-html = report written to { $path }; open it in a browser: { $url }
report-written-markdown = report written to { $path }, { $charts ->
        [0] without charts
        [one] with its chart in { $folder }
       *[other] with its { $charts } charts in { $folder }
    }
score-written = scores written to { $path }
excel-col-action = Action
excel-col-period = Period
excel-col-role = Role
excel-col-node = Element
excel-col-id = Id
excel-col-label = Label
excel-col-score = Score
excel-col-scored = Scored
excel-col-scorable = To score
excel-col-value = Value
excel-col-status = Status
excel-col-responses = Responses
excel-col-divergence = Spread between roles
excel-col-favourable = Favourable (%)
excel-col-flag = Flag
excel-col-series = Series
excel-col-dont-know = Don't know
excel-col-distribution = Answers per level
grids-list-next = To see a grid in detail (its id is in the first column):
grids-show-next = To evaluate with this grid:

# issue 14: démarche folder (utilsoc.toml, init)
demarche-folder-data = data
demarche-folder-evaluations = evaluations
demarche-folder-reports = reports
demarche-table-top = the démarche file
demarche-table-action = an `[[actions]]` table
demarche-table-source = a `[[sources]]` table
demarche-table-folders = the `[folders]` table
demarche-table-target = a `[[targets]]` table
demarche-invalid = { $path } has errors: fix them to use the démarche (or run with --no-demarche)
demarche-none = no démarche here (no utilsoc.toml in this folder or above): give --grid and the files to read, or start one with `utilsoc init`
demarche-no-inputs = the démarche has no data yet: put files in { $data } (as its [[sources]] say) or evaluations in { $evaluations }
demarche-used = using the démarche "{ $title }" ({ $path })
demarche-report-html = report.html
demarche-report-markdown = report.md
demarche-comment-head =
    An evaluation of social utility (a démarche), read by utilsoc.
    Commands run in this folder or below use it:
    utilsoc score, utilsoc report, utilsoc check and utilsoc evaluate.
demarche-comment-organisation = The organisation's name.
demarche-comment-title = The démarche's title.
demarche-comment-grid =
    The grid: a built-in grid's id (utilsoc grids list)
    or the path of a grid file, relative to this folder.
demarche-comment-periods = The periods evaluated: 2025, 2025-S1 (semester), 2025-T1 (quarter), 2025-03 (month).
demarche-comment-roles = Who answers (ids of the grid's roles); empty: all its roles.
demarche-comment-folders =
    The démarche's folders, relative to this one: the data received,
    the autoévaluations (utilsoc evaluate) and the reports (utilsoc report).
demarche-comment-actions =
    The actions evaluated. aliases: the other names or codes the action
    has in the data, for example ["A1", "atelier_couture"].
demarche-comment-sources =
    Where the data comes from: a file or a pattern (data/*.csv), and the
    import options of exports: sheet, header_row, action_column, action,
    period_column, period, period_from, period_by, date_format, role_column,
    role, respondent_column, delimiter.
demarche-comment-targets =
    Targets agreed with a funder or a partner take precedence over the
    grid's, for example:
init-exists = { $path } already exists: this folder is a démarche already (edit that file, or choose another folder)
init-no-terminal = `utilsoc init` asks what its options leave out, which needs a terminal: give { $options }, or --yes to take the defaults
init-default-title = Social utility evaluation
init-written = Démarche written: { $path }, with folders { $data }, { $evaluations } and { $reports }. Put the data in { $data }, then run `utilsoc score`.
init-welcome = A new démarche. Enter keeps the value offered.
init-ask-organisation = Organisation
init-ask-title = Title of the démarche
init-ask-grid = Grid
init-ask-periods = Periods evaluated (comma-separated, e.g. 2025, 2025-S1)
init-ask-actions = Actions evaluated (comma-separated)
init-ask-roles = Who answers (the grid's roles, comma-separated)
init-unknown-role = `{ $role }` is not a role of grid `{ $grid }` (its roles: { $roles })
init-cannot-create = cannot create folder { $path }: { $error }
cli-init-about = Start a démarche in a folder: utilsoc.toml and its folders
cli-init-arg-dir = The démarche's folder (default: the current one; created if absent)
cli-init-arg-grid = The grid: a built-in grid id or a grid file (relative to the folder)
cli-init-arg-organisation = The organisation's name
cli-init-arg-title = The démarche's title
cli-init-arg-periods = A period evaluated (repeatable)
cli-init-arg-actions = An action evaluated (repeatable)
cli-init-arg-roles = A role of the grid who answers (repeatable)
cli-init-arg-yes = Ask nothing: what the options leave out takes its default
cli-arg-no-demarche = Ignore the démarche (utilsoc.toml) of this folder or a parent
cli-value-dir = DIR
evaluate-offered-other = another one (type it)
# issue 14: local grids
table-override = the override table
extends-unknown-grid = `extends` names an unknown built-in grid `{ $id }`: built-in grids: { $available }
label-extends-unknown = not a built-in grid
extends-version = `extends` requires major version "{ $wanted }" of `{ $id }`, which is at version { $version }
label-extends-version = the built-in grid is at version { $version }
unknown-node = `{ $id }` is not a domain, criterion or indicator of grid `{ $grid }`
label-unknown-node = unknown id in the base grid
override-key-not-for-node = key `{ $key }` cannot be changed on { $node } `{ $id }`
added-indicator-exists = added indicator `{ $id }` already exists in grid `{ $grid }`
label-added-indicator-exists = id already taken by the base grid
note-added-indicator-exists = to change this indicator, use an [override.ID] table; to replace it, ignore it first (ignore = [...])
label-in-base-grid = in the base grid `{ $grid }`
local-key-without-extends = `{ $key }` only serves a local grid, which extends a built-in grid
label-local-key-without-extends = without `extends`, nothing to change
note-local-key-without-extends = add `extends = "centres-sociaux"` (or another built-in grid's id) at the top, or remove this key
grid-extends = extends { $grid } { $version }
replaces-current = indicator `{ $id }` replaces `{ $old }`, which is still an indicator of the grid
label-replaces-current = a current indicator id
replaces-twice = `{ $old }` is replaced by both `{ $first }` and `{ $id }`
label-replaces-twice = already replaced by another indicator
evaluation-mapped-pair = `{ $old }` read as `{ $new }`
cli-grids-diff-about = Compare two grids: indicators added, removed, renamed and changed
cli-grids-diff-arg-old = The older grid: a built-in grid id or a grid file (a local grid is resolved)
cli-grids-diff-arg-new = The newer grid: a built-in grid id or a grid file
cli-grids-diff-arg-format = Output format: `table` (lines for people) or `json` (one JSON document)
diff-header = From { $old } to { $new }:
diff-none = no indicator differs.
diff-added = Added ({ $count }):
diff-removed = Removed ({ $count }):
diff-changed = Changed ({ $count }):
diff-renamed = { $new }, formerly { $old }
diff-change = { $field }: { $old } → { $new }
diff-empty = (none)
diff-field-label = label
diff-field-question = question
diff-field-scale = scale
diff-field-scoring = scoring
diff-field-aggregate = aggregate
diff-field-weight = weight
diff-field-criterion = criterion
label-ignore-emptied = these ids leave it empty
note-ignore-emptied = to leave out a whole criterion or domain, put its own id in `ignore`
# issue 14: agreed targets
cli-arg-targets = Targets agreed for some actions or periods (`[[targets]]` tables, as in a démarche's utilsoc.toml), used instead of the grid's
error-invalid-targets = agreed targets `{ $path }` have errors
agreed-target-unknown-indicator = agreed target for `{ $id }`, which is not an indicator of the grid
agreed-target-not-a-number = agreed target for `{ $id }`, which is on a `{ $kind }` scale: only numbers take a target
agreed-target-not-finite = agreed target value { $value } is not a finite number
agreed-target-equals-baseline = agreed target for `{ $id }` equals its baseline ({ $value }): nothing could score between them
agreed-target-tie = two agreed targets for `{ $id }` name the same action ({ $action }) and period ({ $period }): neither is more specific
agreed-target-every = all
label-agreed-target = in this agreed target
label-agreed-target-first = the first one
excel-col-target = Target
excel-col-baseline = Baseline
excel-col-target-source = Target from
excel-col-agreed-with = Agreed with
excel-col-agreed-on = Agreed on

# issue 14: init --local-grid
cli-init-arg-local-grid = Adapt the built-in grid in a grid file of the démarche's own (`extends`), which `utilsoc.toml` then names
init-ask-adapt = Adapt the grid?
init-grid-as-is = Use it as it is
init-grid-adapt = Adapt it in a file of our own (leave out, change, add indicators)
init-local-grid-file = grid.toml
init-local-grid-written = Local grid written: { $path }, on grid { $base }. Adapt it, then check it with `utilsoc check { $path }`.
init-local-grid-header =
    Our grid: the built-in grid "{ $base }", adapted to our organisation.
    Check it with `utilsoc check`, show it with `utilsoc grids show grid.toml`.
init-local-grid-ignore = The indicators, criteria or domains we leave out (their ids):
init-local-grid-override = Change a field of a domain, criterion or indicator, named by its id:
init-local-grid-add = Add a domain, criterion or indicator (under an existing id, it joins it):

## The group's judgement (utilsoc judge)
judgement-header = The group's judgement, written by `utilsoc judge`: each answer is saved at once.
    Run the same command again to go on; `utilsoc report` opens with this judgement.
    verdict: met, partly, not_met, cannot_say.
judgement-verdict-met = met
judgement-verdict-partly = partly
judgement-verdict-not-met = not met
judgement-verdict-cannot-say = cannot say
judgement-file = judgement.toml

# issue 14: démarche checks (lead)
demarche-undefined-role = the démarche names role `{ $role }`, which the grid does not define
demarche-stray-file = this file of the evaluations folder is not read: only `.toml` files are
demarche-stray-folder = this folder, inside the evaluations folder, is not read: only the `.toml` files of the folder itself are
note-stray-file = survey exports go into `{ $data }`; an evaluation file is named `*.toml`
# issue 14: report (démarche, judgement, référentiel, targets)
cli-report-arg-judgement = The group's judgement file (written by `utilsoc judge`) the report opens with; by default, the démarche's (judgement.toml) when there is one
report-judgement-unreadable = cannot read the judgement `{ $path }`: { $error }
report-judgement-invalid = the judgement `{ $path }`, line { $line }: { $error }
report-judgement-invalid-noline = the judgement `{ $path }`: { $error }
report-judgement-format = the judgement `{ $path }` has format { $format }; this version reads format { $expected }
report-judgement-other-grid = the judgement `{ $path }` is about the grid `{ $recorded }`, not `{ $grid }` used by this report
report-judgement-other-version = the judgement `{ $path }` was recorded with version { $recorded } of the grid `{ $grid }`, now at version { $version }: it is used as it is
report-judgement-grid-changed = the grid `{ $grid }` changed since the judgement `{ $path }` (same version, other content): it is used as it is
report-judgement = The group's judgement
report-judgement-intro = What the group concluded from the results (judgement started on { $date }). The score is today's.
report-judgement-intro-who = What the group ({ $who }) concluded from the results (judgement started on { $date }). The score is today's.
report-judgement-col-score = Score (today)
report-judgement-col-verdict = Appreciation
report-judgement-col-argument = Argument
report-judgement-col-recommendations = Recommendations
report-judgement-col-pending = not judged yet
report-judgement-undecided = to decide
report-judgement-changed = { $marker } { $criterion }: the figures changed since the judgement (score then: { $then }; today: { $now })
report-judgement-figures = { $score }, { $responses ->
        [one] { $responses } response
       *[other] { $responses } responses
    }
report-judgement-figures-no-score = no score, { $responses ->
        [one] { $responses } response
       *[other] { $responses } responses
    }
report-judgement-synthesis = Summary
report-judgement-synthesis-caption = Appreciations per action, on the grid's { $criteria } criteria
report-plan = Action plan
report-plan-none = The group has not decided on an action plan yet.
report-plan-col-what = What
report-plan-col-who = Who
report-plan-col-when = When
report-plan-whole = the whole organisation
report-method-no-judgement = The group has not recorded its judgement of these results yet (`utilsoc judge`): this report gives the figures only.
report-referential = Framework
report-referential-local = { $grid }: our grid, adapted from the built-in grid "{ $base }" (`{ $id }`, version { $version }).
report-referential-base-unknown = The built-in grid `{ $id }` is unknown to this version of utilsoc: what was adapted cannot be listed.
report-referential-unchanged = No indicator was left out, added or changed.
report-referential-removed = Indicators left out ({ $count }): { $list }
report-referential-added = Indicators added ({ $count }): { $list }
report-referential-changed = Indicators changed ({ $count }): { $list }
report-referential-renamed = replaces an indicator
report-referential-definition = Our social utility, in our words:
report-referential-chosen-by = Criteria chosen by: { $list }
report-referential-participants = People who took part in choosing: { $count }
report-referential-chosen-on = Criteria chosen on: { $date }
report-referential-as-published = The grid "{ $title }" (`{ $id }`, version { $version }) is used as published.
report-referential-no-definition = The grid does not record our definition of our social utility yet (`utilsoc grids adapt`).
report-targets = Target / achieved
report-targets-agreed = Agreed target / achieved
report-targets-intro = For number indicators scored against a target: the starting point scores 0, the target 100. Achieved is the aggregated value of all the action's answers.
report-targets-col-baseline = Starting point
report-targets-col-target = Target
report-targets-col-achieved = Achieved
report-targets-col-score = Score
report-target-grid = the grid's
report-target-agreed = agreed
report-target-agreed-with = agreed with { $with }
report-target-agreed-on = agreed on { $date }
report-target-agreed-with-on = agreed with { $with } on { $date }
# issue 14: utilsoc judge
cli-judge-about = The group's judgement: appreciation of each criterion, then an action plan
cli-judge-arg-only = Judge only this action, by its name in the data (repeatable; default: every action)
cli-judge-arg-only-period = Judge only this period (default: every period in the data)
cli-judge-arg-file = The judgement file; an existing one is resumed (default: jugement.toml or judgement.toml beside utilsoc.toml, else in the current folder)
cli-judge-arg-review = Go through every criterion again, the recorded answers as defaults
cli-judge-arg-by = Always by role here, to show where roles differ (given for the same command line as `report`)
cli-judge-arg-min-responses = Flag scores resting on fewer responses than N; 0 turns it off. Default: 5, as `report`
cli-judge-arg-min-coverage = Flag scores covering less than this share (0-1) of their indicators; 0 turns it off. Default: 0.5, as `report`
judge-welcome = The group's judgement on the grid « { $title } », in { $path }. Every answer is saved at once.
judge-ask-participants = Who is judging? (optional, e.g. board + 3 inhabitants)
judge-score = Score ({ $series }): { $score } / 100
judge-no-score = No score ({ $series }): no indicator scored
judge-coverage = { $scored } of { $scorable } indicators scored · { $responses ->
    [0] no one's responses: the structure's figures
    [one] 1 response
   *[other] { $responses } responses
}
judge-flag = ⚠ To be read with care: { $reason }
judge-divergence = Roles differ: { $roles } ({ $spread } points apart)
judge-quotes = What respondents said:
judge-quote = “{ $text }”
judge-ask-verdict = The group's appreciation
judge-skip = ⟶ pass (come back to it later)
judge-stop = ⟶ stop (everything answered is saved)
judge-ask-argument = Argument (what the appreciation rests on; may stay empty)
judge-ask-recommendations = Recommendations (may stay empty)
judge-save-quit = Quit (the last answer is not saved)
judge-resumed = { $done } of { $total } criteria already judged: going on with the next one.
judge-all-judged = Every criterion is judged (`--review` goes through them again): on to the action plan.
judge-left = { $count ->
    [one] 1 criterion passed, not judged
   *[other] { $count } criteria passed, not judged
}
judge-left-back = Go back to them
judge-left-plan = On to the action plan
judge-plan-title = Action plan
judge-plan-empty = No step yet.
judge-plan-ask = The plan
judge-plan-add = Add a step
judge-plan-done = Done
judge-plan-what = What will be done (empty: no step)
judge-plan-who = Who carries it (optional)
judge-plan-by-when = By when (optional, e.g. 2027-03)
judge-plan-action = For which action
judge-plan-whole = the whole structure
judge-plan-criterion = Answering which criterion
judge-plan-no-criterion = none in particular
judge-plan-when = due { $when }
judge-plan-not-added = No step added.
judge-holds = { $done } of { $total } criteria judged and { $steps ->
    [one] 1 step
   *[other] { $steps } steps
} in the plan, saved in { $path }. To go on: { $again }.
judge-same-command = the same command again
judge-finished = Judgement saved in { $path }: { $done } of { $total } criteria judged, { $steps ->
    [one] 1 step
   *[other] { $steps } steps
} in the plan. `utilsoc report` opens with it; `--review` goes through it again.
judge-stopped = Stopped: { $saved }
judge-unsaved = The last answer could not be saved. { $saved }
judge-interrupted = interrupted: { $saved }
judge-no-terminal = `utilsoc judge` asks its questions in a terminal, and standard input or error is not one. The judgement file ({ $path }) can also be written by hand: its format is in docs/demarche.md, section “Le jugement du groupe”, and `utilsoc check` checks it
judge-not-utf8 = { $path }: not UTF-8 text; the judgement file is left as it is
judge-unreadable = { $path }, line { $line }: { $detail }; the judgement file is left as it is (its format: docs/demarche.md, “Le jugement du groupe”)
judge-format = { $path }: judgement file format { $format }, this version reads format { $expected }
judge-wrong-grid = { $path } records a judgement on the grid `{ $recorded }`, not `{ $grid }`: give another file with --file, or the grid it was made on
judge-grid-edited = { $path } was recorded on the grid as it was before a change (same version { $version }): the figures may have changed; the next save records the current grid
judge-grid-changed = { $path } was recorded on version { $recorded } of the grid, which is now { $version }: the figures may have changed; the next save records the current grid
judge-unknown-action = --only: no action “{ $action }” in the data; its actions: { $actions }
judge-nothing = nothing to judge: no action and period of the data match --only and --only-period
judgement-check-unreadable = the judgement file does not read: { $detail }
judgement-check-format = judgement file format { $format }, this version reads format { $expected }
judgement-check-grid = the judgement was recorded on the grid `{ $recorded }`, not on the démarche's `{ $grid }`
judgement-check-criterion = no criterion `{ $criterion }` in the grid `{ $grid }`: `judge` and `report` pass it over
judgement-check-action = no action “{ $action }” in the démarche nor in its data (its actions: { $actions })
label-judgement-action = unknown action
label-judgement-here = here
label-judgement-criterion = unknown criterion

# issue 16: personal data (check --grid)
data-contact-in-answer = the text in `{ $column }` looks like { $kind ->
        [email] an e-mail address
       *[phone] a phone number
    }: do not keep people's contact details in answers
note-contact-in-answer = replace them with a pseudonym before sharing the file or committing it (see docs/donnees-personnelles.md)
data-contact-more = { $count ->
        [one] 1 more such text in this file
       *[other] { $count } more such texts in this file
    }
# issue 14: grids adapt, [social_utility], grids export --resolved
table-social-utility = `[social_utility]`
undefined-role-chosen-by = `[social_utility]` names role `{ $role }` in `chosen_by`, which the grid does not define
label-participants = expected a whole number of people, 1 or more
label-chosen-on = expected a date: YYYY-MM-DD or YYYY-MM
grid-social-utility-heading = Our social utility:
grid-social-utility-chosen-by = Criteria chosen by: { $who }
grid-social-utility-participants = { $count ->
    [one] { $count } person took part
   *[other] { $count } people took part
}
grid-social-utility-chosen-on = Chosen on: { $date }
grids-no-grid = no grid given and no démarche here (no utilsoc.toml in this folder or above): name a built-in grid (`utilsoc grids list`) or a grid file
grids-export-resolved-from =
    The grid { $file } resolved by `utilsoc grids export --resolved`: { $base } { $version } with its changes, as one standalone grid file (no `extends`). Edit { $file }, not this copy.
grids-export-resolved-standalone = The grid { $file } as utilsoc reads it, written by `utilsoc grids export --resolved`.
cli-grids-export-arg-grid = A built-in grid id or a grid file (the démarche's when absent)
cli-grids-export-arg-resolved = Write a local grid resolved, as a standalone grid file: no `extends`, ignored elements gone, overrides applied, additions merged, `[social_utility]` kept. Without it, a grid file is written as it is
cli-grids-show-arg-grid = A built-in grid id or a grid file (the démarche's when absent)
adapt-intro = Adapting "{ $title }": { $domains } domains, { $criteria } criteria, { $indicators } indicators. For each criterion, keep it, rename it, change its weight, drop it or go into its indicators; add indicators of your own. Choose "Finish" (or press Esc) at any time: what was decided is written.
adapt-domain = Domain { $n }/{ $total }: { $label }
adapt-criterion = › Criterion { $n }/{ $total }: { $label } (weight { $weight }, { $indicators ->
    [one] 1 indicator
   *[other] { $indicators } indicators
})
adapt-criterion-ask = This criterion
adapt-criterion-keep = Keep it and go on
adapt-criterion-rename = Rename it
adapt-criterion-weight = Change its weight
adapt-criterion-indicators = Go through its indicators
adapt-add = Add an indicator of our own
adapt-criterion-drop = Drop this criterion
adapt-finish = ⟶ Finish (write what was decided)
adapt-ask-label = New label
adapt-ask-weight = Weight (above 0)
adapt-bad-weight = `{ $value }` is not a weight: a number above 0 (1, 2, 0.5)
adapt-keep-one = this is the grid's last criterion: it stays (a grid needs one)
adapt-domain-dropped = the domain "{ $label }" has no criterion left: it is dropped
adapt-last-indicator = this is the criterion's last indicator: the criterion is dropped with it
adapt-indicator = · Indicator { $n }/{ $total }: { $label }
adapt-indicator-question = Question: { $question }
adapt-indicator-scale = Scale: { $scale }
adapt-indicator-weight = Weight: { $weight }
adapt-indicator-target = Target: { $target }
adapt-indicator-ask = This indicator
adapt-indicator-keep = Keep it and go on
adapt-indicator-reword = Reword the question
adapt-indicator-weight-change = Change its weight
adapt-indicator-target-change = Change its target
adapt-indicator-drop = Drop this indicator
adapt-ask-question = Question
adapt-ask-target = Target (the value scoring 100; empty: unchanged)
adapt-no-target = none
adapt-bad-target = `{ $value }` cannot be the target: a number above the baseline { $baseline }, at most { $max }
adapt-bad-target-lower = `{ $value }` cannot be the target: here less is better, a number below the baseline { $baseline }
adapt-add-intro = A new indicator under this criterion: its label, the question asked, its answer scale and its weight.
adapt-ask-new-label = Label (what is measured)
adapt-label-needed = a label is needed
adapt-ask-new-question = Question asked (empty: none)
adapt-ask-new-scale = Answer scale
adapt-add-cancelled = no indicator added
adapt-added = indicator `{ $id }` added
adapt-scale-levels = { $count } levels: { $levels }
adapt-scale-boolean = yes or no
adapt-scale-number = a number{ $unit }
adapt-scale-number-range = a number from { $min } to { $max }{ $unit }
adapt-scale-text = a free answer (text)
adapt-record-intro = To finish, our social utility in a few sentences, in our own words; then who chose these criteria, how many people and when.
adapt-ask-definition = Our social utility
adapt-ask-chosen-by = Who took part in choosing the criteria (space ticks, Enter confirms)
adapt-ask-chosen-by-free = Who took part in choosing the criteria (separated by commas)
adapt-ask-participants = How many people (empty: not said)
adapt-bad-participants = `{ $value }` is not a number of people: a whole number, 1 or more
adapt-ask-chosen-on = When (YYYY-MM-DD or YYYY-MM)
adapt-bad-chosen-on = `{ $value }` is not a date: YYYY-MM-DD or YYYY-MM
adapt-no-terminal = `utilsoc grids adapt` asks its questions in a terminal, and there is none here: write the local grid by hand instead (`extends`, `ignore`, `[override.ID]`, added indicators, `[social_utility]`), as docs/demarche.md "Local grids" and docs/grid-format.md show, then check it with `utilsoc check`
adapt-needs-output = give the local grid file to write: `utilsoc grids adapt { $grid } -o grid.toml`
adapt-target-exists = { $path } already exists: adapt it with `utilsoc grids adapt { $path }`, or choose another file with -o
adapt-not-local = { $path } is a grid of its own, not a local grid on a built-in one (no `extends`): `grids adapt` adapts a built-in grid or a local grid
adapt-title = { $title }, adapted
adapt-header =
    Our grid: the built-in grid "{ $base }",
    adapted with `utilsoc grids adapt`. Check it with `utilsoc check`;
    show it with `utilsoc grids show`.
adapt-comment-ignore = What we do not measure (ids of the base grid):
adapt-comment-was = In { $base }: { $value }
adapt-comment-added = Indicators of our own, under the base grid's criteria:
adapt-comment-record = Our social utility, and who chose the criteria:
adapt-finished-early = Finished early: the rest of the grid is kept as it is.
adapt-done = Local grid written: { $path } (dropped: { $dropped }, renamed: { $renamed }, reweighted: { $reweighted }, reworded: { $reworded }, new targets: { $retargeted }, added: { $added }). To see it:
cli-grids-adapt-about = Adapt a grid in the terminal: keep, drop, rename, reweight, reword, add indicators, and record the organisation's own definition of its utilité sociale; writes a local grid
cli-grids-adapt-arg-grid = A built-in grid id or a local grid file (the démarche's when absent)
cli-grids-adapt-arg-output = The local grid to write (default: the démarche's `grille.toml`, or the local grid given, edited in place)
adapt-interrupted = interrupted: what was decided is written in { $path }. To go on from there: `{ $command }`
adapt-interrupted-nothing = interrupted: nothing was decided, nothing written

# issue 16: grids utilite-sociale, creation-de-valeur, centres-sociaux (ratios in percentages)
data-ratio-percentage = `{ $file }`: { $count ->
    [one] a value
   *[other] { $count } values
} of column { $column } { $count ->
    [one] is
   *[other] are
} between 0 and 1, such as `{ $value }`, on a percentage from 0 to 100: `{ $value }` counts as { $value }%, not { $percent }%
data-ratio-percentage-hint = a share is written as a percentage: 35 for 35%, not 0.35 (multiply the ratio by 100); a value that really is below 1% can stay

# lead: joining clauses of one message
clause-separator = ;{" "}
judge-to-plan = ⟶ on to the action plan (the other criteria will wait)

# issue 14: long data naming indicators the local grid leaves out (lead)
data-left-out = `{ $file }`: { $rows ->
    [one] { $rows } row names
   *[other] { $rows } rows name
} an indicator grid `{ $grid }` leaves out; { $rows ->
    [one] it is not read
   *[other] they are not read
}: { $indicators }
data-left-out-one = `{ $indicator }` ({ $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
})
data-left-out-hint = the local grid leaves them out with `ignore`; take them out of its `ignore` to count them

# lead: a local grid repeating an id of its base
note-also-in-base-grid = the first definition is in base grid `{ $grid }` (utilsoc grids show { $grid })
# issue 15: respondent questionnaires
cli-template-arg-role = The questionnaire of one role of the grid, as its respondents get it (no ids, no instructions)
template-dont-know = I don't know
template-asked-of = Asked of: { $roles }
template-role-wording = { $role }: "{ $question }"
template-respondent-role = Questionnaire: { $role }
template-respondent-action = Action:
template-respondent-date = Date:
template-respondent-opening = This questionnaire helps us see what our activities bring, so that we can improve them with you. It is anonymous: do not write your name on it. There is no right or wrong answer: what counts is your own view.
template-respondent-instructions = Tick one box per question. If a question does not concern you, tick "Not applicable"; you may also leave a question unanswered.
template-respondent-thanks = Thank you for your answers!
template-html-needs-role = the HTML questionnaire is one role's form: choose it among the grid's roles: { $roles } (the interviewer version, with every role, is written in Markdown)
