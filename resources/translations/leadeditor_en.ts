<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PySide6:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a VICIdial lead and correct it safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these facts (no password, server or user name) to paste into a support request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --profile NAME, or --url URL --user USER --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server profile named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is remembered for profile “{name}”: sign in once in the window with “Remember password”, or use --url, --user and --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password arrived on standard input (one line is read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --dry-run or --apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the correction file, or use --resume, --review, --discard or --undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the match key with --key lead_id, vendor_lead_code or phone_number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blank token cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch {batch} in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch is waiting to be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal refuses writes ({problem}): nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal refuses writes ({problem}): batch {batch} stopped after {written} of its {total} rows were sent to the server. The rows finished so far are in {path}. Once the journal accepts writes, --resume {batch} reads back the rows whose outcome it could not keep (never sending them again) and writes the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: the rows already started were finished; resume the batch with --resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch {batch} is not a finished batch of corrections, so it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read (no permission, a folder, or a disk error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files ending in “{suffix}” cannot be read: use CSV, TSV, TXT or an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{encoding}” is not a text encoding this program knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} cannot be read as {encoding}: choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} holds binary data: this is not a text file (an .xls saved as .csv?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged at row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet named “{sheet}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a mapping: write HEADER=field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column “{header}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “{header}”: there is no lead field “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header “{header}” appears more than once (columns {columns}): map one of them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns {columns} both feed the field {field}: keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the match key {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of the file feeds a lead field: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n would update</source>
        <translation>
            <numerusform>%n row would update</numerusform>
            <numerusform>%n rows would update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n row updated</numerusform>
            <numerusform>%n rows updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n row unchanged</numerusform>
            <numerusform>%n rows unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n row not found</numerusform>
            <numerusform>%n rows not found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ambiguous</source>
        <translation>
            <numerusform>%n row ambiguous</numerusform>
            <numerusform>%n rows ambiguous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n row invalid</numerusform>
            <numerusform>%n rows invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n row in conflict</numerusform>
            <numerusform>%n rows in conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n row failed</numerusform>
            <numerusform>%n rows failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n row unknown</numerusform>
            <numerusform>%n rows unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Every field already holds this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already held these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead matches this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several leads match; none was chosen: {leads}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {first_row} already changes this lead; this row is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead was changed on the server since the dry run ({fields}); not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused, nothing written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server applied nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written, but the server stored something else in: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and reading the lead back could not tell whether it was written; it was not sent again. Resume the batch to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the batch stopped at a refused sign-in or permission ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begun before the program stopped; read back: not written. Not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the batch, left as it is now: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resumed: a value holds the text of the password, which the journal never keeps. Check the lead, and apply the row again from the file if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} rows, {rate:.1f} rows a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {reason}: rows {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch {batch} ({source}) did not finish: {done} of {total} done. Resume it with --resume {batch}, review it with --review {batch}, or discard it with --discard {batch}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as new lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead has this phone number. Add it as a new lead? Before adding, Lead Editor searches once more; the new lead is recorded in the journal. The server makes no duplicate or DNC check here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ast name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists you can use: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number needs 6 to 18 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a phone code (1 for the US and Canada).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the list ID the lead goes into (100 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each field to be written: its value now and what the server will store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm changes to lead {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these changes to lead {0} ({1})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Just before writing, the lead is read again and the save stops if anyone changed it meanwhile. Only the fields below will be written{0}, by lead ID; the lead is then read back and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows every row, or only the rows with one outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file and what happens to each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row of the file: its number, its lead, its outcome, and each field before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each mapped field of the selected row: before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead this row corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several leads match this row&apos;s key; none is guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several leads match this row&apos;s key. Pick the one it corrects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (not readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not sent: no change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Before you save, note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: store “{1}” instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put “{0}” in the form in place of what was typed, then review again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Lead {0} is in a live call or being dialled (status {1}). When the agent ends the call, the agent&apos;s screen saves every standard field from its own form and may put your correction back; Lead Editor reads the lead again after saving and tells you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Lead {0} is on an agent&apos;s screen now: {1}. When the agent saves the call&apos;s disposition, the agent&apos;s screen writes every standard field from its own form and may put your correction back; Lead Editor reads the lead again after saving and tells you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The current values of lead {0} could not be read, so they cannot be checked before writing (nobody&apos;s change can be detected), and the journal will record them as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand; write these fields anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The area code changes from {0} to {1}. VICIdial does not recompute the lead&apos;s GMT offset when its phone number is updated: the dialer would go on calling at the old local time (offset {2}) until the server&apos;s time-zone script runs, if it is scheduled at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone of the new number is not known; set the GMT offset yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new number is in {0}: offset {1} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new number&apos;s area spans several time zones: choose the lead&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMT offset for the new phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also set the GMT offset in this save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last changed on the server at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dialer status now {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last called at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} was changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone changed lead {0} on the server after you opened it.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been saved. The fields below differ from what the form showed when you opened the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of them (marked ✎) are fields you changed too: re-applying would replace their new value with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of them is a field you changed: re-applying keeps their new values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields changed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialer changes this field itself when the lead is called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-apply my changes on the current values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are checked and previewed again against the values the server holds now before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the values the server holds now and drop your edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your edits in the form, on top of the values the server holds now; nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M – male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F – female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U – unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(different values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(will be emptied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved with differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of batch {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches from files, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch to see its rows, and to undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this &amp;batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already undone by batch {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish (resume) or discard this batch before undoing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → Will be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwritten later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} → {2} (requested, not read back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} → ≠ {2} (requested {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead deleted (full record kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch {0}, row {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone by #{0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only corrections and undos can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed on the server, so there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of #{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (app stopped before the answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · undone by #{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone by #{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the entries of this lead ID; empty shows every lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only entries from this day on; “any” sets no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only entries up to this day; “any” sets no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the changes made as this API user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the changes made through this server profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the changes with this outcome, for example the saves overwritten later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made from this computer, newest first; select one to see its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each field of the selected entry: before, requested and stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s own answer to the selected change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by lead ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by API user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show its batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batc&amp;hes from files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ndo this change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the batch from a file that made this change, with its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n entries</source>
        <translation>
            <numerusform>{0} of %n entry</numerusform>
            <numerusform>{0} of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see each field and the server&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{0} · {1} · lead {2} · {3} on {4} ({5}) as {6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stored something other than what was requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the values before back, through the same safe checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export journal as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 5: choose the file and check how it reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 5: which lead field each column feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 5: how each row finds its lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4 of 5: dry run — nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 5 of 5: write the confirmed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct many leads from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and confirm &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name for the template first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “{0}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template named “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo batch {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of batch {0}: its own dry run — nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Write %n leads</source>
        <translation>
            <numerusform>&amp;Write %n lead</numerusform>
            <numerusform>&amp;Write %n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume batch {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming batch {0}: the rows whose outcome is unknown are read back first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch {0} as the journal keeps it (nothing is sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: rows already sent finish; nothing more is sent until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: rows already sent finish; the rest are not sent and stay open for a resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results written to {0}; the rows that need attention to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the phone number (sent with update_phone_number=Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the corrected value; nothing is sent before you review and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty this field on the server (sent as --BLANK--)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B blanks this field (empties it on the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert {0} to the value on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: each lead keeps its own value unless you change this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different values on the leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited; the server holds {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will not change: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be stored as: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a lead, then select it in the results.

Its current values appear here. Correct what is wrong, tick Blank to empty a field, and review exactly what will be stored before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lead in the results to see and correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit without current values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write fields of this lead although its current values could not be read; you acknowledge that before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo every edit in this form (nothing has been sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the edits that “Revert all” removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See exactly what will be stored, then confirm (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>One change for %n leads</source>
        <translation>
            <numerusform>One change for %n lead</numerusform>
            <numerusform>One change for %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review and apply to %n leads…</source>
        <translation>
            <numerusform>Review and apply to %n lead…</numerusform>
            <numerusform>Review and apply to %n leads…</numerusform>
        </translation>
    </message>
    <message>
        <source>Change phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field of list {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields (list {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: one lead at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several leads are selected: change a phone number on one lead at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} · details unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not send this lead&apos;s current values, so they cannot be shown or checked.

If it must be corrected now, use “Edit without current values”: the form starts empty, only the fields you fill in are written, and you confirm first that the values could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its current values could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the current values of lead {0} could not be read. The fields are empty; fill in only what must change. Nothing else is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · last call {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List {0} · status {1} · {2}{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current values could not be read. Fill in only what must change; nothing else is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fields edited</source>
        <translation>
            <numerusform>%n field edited</numerusform>
            <numerusform>%n fields edited</numerusform>
        </translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX — a practice server on this computer with sample leads. Nothing you change here touches a real dialer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Type a phone number, vendor code or lead ID and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbook: cells are read as the text each one shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with a byte order mark that names its encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every byte of the file reads as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from the file&apos;s accented letters: check the preview, and change it if wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the path and press Enter, or choose Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .csv, .tsv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the correction file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected from the file; change it if the preview looks wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected from the file: comma, semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet whose rows correct the leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell as the file holds it; rows numbered as in the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows (row numbers as in the spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction files (*.csv *.tsv *.txt *.xlsx *.xlsm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in to a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a server profile and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct many leads from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run first, then safe paced writes, with resume and undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the values your last save changed, after a confirmation (Ctrl+Z outside a text field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and &amp;save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See exactly what will be stored, then confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank the current field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick or untick Blank for the field that has the focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made from this computer, with Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add as new lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lead Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words used here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VICIdial&apos;s terms in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change journal — sandbox (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the last search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {0} on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One change for every selected lead, reviewed lead by lead before anything is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more leads (Ctrl+click, Shift+click), then edit them as one change ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected leads could not be read; correct them one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, as they could not be read: lead {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The change to %n leads is not saved. Discard it?</source>
        <translation>
            <numerusform>The change to %n lead is not saved. Discard it?</numerusform>
            <numerusform>The change to %n leads is not saved. Discard it?</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to a server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session keeps no journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {0} on {1}. Type a phone number, vendor code or lead ID and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}: {1} You can still correct it with “Edit without current values”: only what you type is written, after you confirm that its values could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading lead {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields of lead {0} could not be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {lead} was not changed. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether your change was applied is still unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields hold your values and others the old ones: the lead was changed by someone else meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead holds the values you asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields have been changed again since, by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead still holds the values it had before: your change was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields were changed by someone else meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead holds the values you asked for. They were already so before, so whether this request wrote them cannot be told, and it does not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead holds neither the old values nor yours: someone else changed it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still the old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell (same before and after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}: the server&apos;s answer was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed after your change to lead {0} was sent, so the server&apos;s answer never arrived. Lead Editor does not send a change twice blindly: it reads the lead back to find out what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each changed field holds now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the lead again. Nothing is sent to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reading lead {0} back…&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what the server holds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead could not be read: {0} Try “Check again” in a moment; do not send the change again before you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can save it again from the form; it will be checked first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “Check again” in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stored as {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 saved with differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 as requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saved</source>
        <translation>
            <numerusform>%n lead saved</numerusform>
            <numerusform>%n saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved with differences</source>
        <translation>
            <numerusform>%n lead saved with differences</numerusform>
            <numerusform>%n saved with differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied</source>
        <translation>
            <numerusform>%n lead not applied</numerusform>
            <numerusform>%n not applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n as requested</source>
        <translation>
            <numerusform>%n lead as requested</numerusform>
            <numerusform>%n as requested</numerusform>
        </translation>
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved with differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applying one change to %n leads, each by its lead ID.</source>
        <translation>
            <numerusform>Applying one change to %n lead, by its lead ID.</numerusform>
            <numerusform>Applying one change to %n leads, each by its lead ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the lead being written now; leads not started are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome per lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before this lead was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign of a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (assume off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: letters of every alphabet are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: accented and non-Latin letters are removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved server profiles; the form on the right edits the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name you choose for this server, shown when signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the VICIdial web server, for example https://dialer.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VICIdial user the API calls are made as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the server is who it says it is; leave it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the certificate file of your company&apos;s own certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the server to accept a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the server&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the server keeps accented and non-Latin letters; decides the previews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a new search looks unless you choose otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list a list or campaign search uses unless you type another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the password in the system&apos;s keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server profile yet. Fill in the form and press “Save profile” to add the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://dialer.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VICIdial user for the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system certificates (optional: a company CA file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeouts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and digits only, 2 to 20 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s non-latin setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-&amp;latin setting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VICIdial&apos;s “non-latin” system setting decides which characters survive in names, addresses and most other fields. When it is off, the server removes every accented or non-Latin letter (“José Muñoz” is stored as “Jos Muoz”); when it is on, letters of any script are kept. The previews use this setting to show what will really be stored. If you do not know, leave it on Unknown: the previews then assume the stricter setting and warn about accents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default search scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default list ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default sco&amp;pe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered passwords are kept in {store}, never in Lead Editor&apos;s settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only to test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password to test the connection with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test with pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the form first (like “Save profile”), then signs in with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Certificate verification is OFF for this profile. Anyone between you and the server can pretend to be it and read the password. Choose the company&apos;s CA file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address uses plain http://: the password crosses the network unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off certificate verification?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off certificate verification for this profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Editor will then accept any certificate, including one from an attacker who could read the API password and every lead. Prefer choosing the company&apos;s CA certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn verification off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password to test the connection with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “Test connection” again to send it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {host} as {user}: the password is right and the user may update leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile “{name}” and its saved password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead the server itself would update for this search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(details unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server would update this lead: it is the one update_lead finds first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server would update this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the server&apos;s pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a lead by phone number, vendor code or lead ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lead that matches the search, one per row; the column “Server” says which one the server itself would update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as new lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead has this phone number: add one (insert_if_not_found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor lead code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. VLC1001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits, e.g. 3125550100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only: finds the lead with exactly this ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code the lead came with from its vendor, matched exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits; spaces, dashes, dots and brackets are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match each row&apos;s lead by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column that finds each lead: lead ID, vendor code or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole system, the campaign of a list, or one list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text that empties a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell holding exactly this text empties its field; an empty cell leaves the field alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix before the dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty cell leaves its field alone; a cell holding the blank token empties the field (where the server can). Several leads for one key are never guessed: you pick one in the dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to search one list or a campaign: 3 or more digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor lead &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List I&amp;D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server tries these in a fixed order: lead ID, then vendor code, then phone number, and uses the first that finds a lead (not all of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server tries lead ID, then vendor code, then phone number, and uses the first that finds a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the list (or the list whose campaign) to search in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only needed to search one list or a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number: only the digits 0-9 are accepted (with spaces, dashes, dots, brackets and +); what was just typed or pasted was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List ID: only the digits 0-9 are accepted; what was just typed or pasted was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead ID: only the digits 0-9 are accepted; what was just typed or pasted was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in – Lead Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in to a VICIdial server&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Certificate verification is OFF for this profile: the password could be intercepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;CA file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile yet: add one with “Profiles…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secure connection; certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http: not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate checked against {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {user} at {url} ({security})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remembered password is kept in {store}; never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring on this computer can keep a password: type it at each sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring on this computer can keep a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server profile to sign in with; Profiles… adds or changes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the profile&apos;s API user; it is sent only to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password of user {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in; the password is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile now trusts certificates issued by {file}. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile for your VICIdial server: its address and the API user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named “{name}”. Choose or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to {profile} as {user}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {user} needs two-factor authentication, which the API cannot complete. Ask the administrator to exempt this API user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept API calls for user {user} from this computer&apos;s address. Ask the administrator to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password can contain only letters, digits, - and _ for the VICIdial API: it strips anything else, so this password could never sign in. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name can contain only letters, digits, - and _ for the VICIdial API: it strips anything else, so this user name could never sign in. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the user name or password of user {user}. After ten failed attempts it locks the user out for 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has locked user {user} out after too many failed sign-ins. Try again in 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user level 8 or more, API access and permission to modify leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user level 7 or more, API access, permission to modify leads and to view reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user level 7 or more, API access and permission to modify leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matching permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {user} may not use the API function {function}. Ask an administrator to add it to the user&apos;s allowed API functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user group of {user} does not exist on the server. Ask an administrator to fix the user&apos;s group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {user} may not use {function}: it needs {needs}. Ask an administrator for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {lead} does not exist, or is not in a list this user may change; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {lead} does not exist on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server found no such lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List {list} is not one of the lists this user may search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List {list} is not one this user may add leads to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List {list} does not exist; lead {lead} was not moved and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {lead} is in list {list}, which this user may not change; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {lead} is in a list this user may not change; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {lead} is in a list this user may not read (outside the user group&apos;s campaigns, or the list was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a lead ID, vendor lead code or phone number for the chosen way of matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead ID must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vendor lead code cannot contain ; # or &quot; (the server strips them, so no stored code has them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may contain only digits (spaces, dashes, dots and brackets are ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number must have 6 to {longest} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server found no usable search key in this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to read the field {field} of lead {lead}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept lead ID {lead}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign search needs a list ID of at least 3 digits (100 or more); otherwise the server would search the whole system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list search needs a list ID of at least 3 digits (100 or more); otherwise the server would search the whole system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search is not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed while reading lead {lead} (HTTP 500). On PHP 8 VICIdial cannot read a lead holding an apostrophe or a backslash in one piece; it can still be read field by field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed while reading the leads with this phone number (HTTP 500). On PHP 8 VICIdial cannot read a lead holding an apostrophe or a backslash in one piece; each can still be read field by field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no VICIdial API at this address (HTTP 404). Check the server address in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is unavailable (HTTP {status}). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s database failed while answering {function}. Tell the dialer administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s PHP code failed while reading {field} of lead {lead}. Tell the dialer administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s PHP code failed while answering {function}. Tell the dialer administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed while answering {function} (HTTP {status}). Nothing on your side is wrong; try again, and if it keeps happening tell the dialer administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirects this address (HTTP {status}); use the address it points to (often https://) in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the source name of this client. Check the profile&apos;s source name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer the API function {function}; it may be too old for Lead Editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered {function} in a way Lead Editor does not recognise, so nothing was assumed. Check that this is a VICIdial server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file chosen for {host} could not be read. Choose the file again (“Choose CA file…” when signing in, or in the profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The check said: {detail}.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: its certificate could not be verified, so nothing was sent. If the server uses its own certificate authority, choose its CA certificate file (“Choose CA file…” when signing in, or in the profile); otherwise tell the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Editor could not reach {host}: the host name is unknown. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Editor could not reach {host}: the connection was refused. Check the address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Editor could not reach {host}: the host cannot be reached. Check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {host} broke before the answer arrived. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from {host} was cut off. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not valid. Check it in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to {host} failed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Editor could not reach {host}. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{host} did not answer within the %n seconds allowed for reading the lead before a write; nothing has been written. Try again in a moment.</source>
        <translation>
            <numerusform>{host} did not answer within the %n second allowed for reading the lead before a write; nothing has been written. Try again in a moment.</numerusform>
            <numerusform>{host} did not answer within the %n seconds allowed for reading the lead before a write; nothing has been written. Try again in a moment.</numerusform>
        </translation>
    </message>
    <message>
        <source>{host} did not accept a connection in time; nothing was sent. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {host} broke before the answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP {status}) while handling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the change to lead {lead}: it may or may not have been applied. Search for the lead again to see what it holds before trying once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm adding the lead: it may or may not have been added. Look the phone number up before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} {last} {final}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: --BLANK-- would be stored literally on a new lead; leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new phone number must be 1 to {length} digits (spaces, dashes, dots, brackets and commas are left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone code must be 1 to {length} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {label} must be a number from -{highest} to {highest}, like -5 or 5.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {low} must be a real date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: a value must be text or BLANK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is changed only with “Change phone number”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: with custom fields, a value must not contain text like &apos;&amp;name=&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the phone number needs a new phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is not an editable lead field (custom fields are off for this change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot be sent as a custom field: it is a lead column or an API parameter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lead needs a phone code of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lead needs a phone number of {lowest} to {highest} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lead needs a list ID of at least {lowest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot be given among the values of a new lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--BLANK-- would be stored literally on a new lead; leave the field out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the new lead&apos;s phone number, phone code or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blanking {low} stores &apos;{stored}&apos;, not an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--BLANK-- is the server&apos;s word for emptying a field: {low} will be emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji and other characters beyond U+FFFF are stored as &apos;{stored}&apos; (the database uses 3-byte utf8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut to 1 character (the column&apos;s length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cut to %n characters (the column&apos;s length).</source>
        <translation>
            <numerusform>Cut to %n character (the column&apos;s length).</numerusform>
            <numerusform>Cut to %n characters (the column&apos;s length).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored as the number {stored} (limits {lowest} to {highest}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stores &apos;{stored}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{removed}: this server removes accents and letters of other alphabets (its non-latin setting is off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{removed}: the server always strips them from {low}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{removed}: {low} keeps only {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available, so the password cannot be remembered. On Linux, install and start GNOME Keyring or KWallet (any Secret Service provider). You can still sign in for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (for example by signing in to your desktop session again) and retry, or use the password for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring did not open (the unlock prompt was dismissed or the keyring service failed). Retry, or use the password for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused to save the password. It will be used for this session only and asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved password could not be removed from the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only keyring found stores passwords in a plain file, which Lead Editor refuses to use. Install GNOME Keyring or KWallet (any Secret Service provider), or sign in for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be read from or saved to the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user level 8 or more, “Modify Leads” set (1 to 4), “Agent API Access” on, and update_lead (or ALL_FUNCTIONS) in “API Allowed Functions”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read lead details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user level 7 or more, “Modify Leads” set (1 to 5), “View Reports” on, “Agent API Access” on, and lead_all_info (or ALL_FUNCTIONS) in “API Allowed Functions”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search for leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user level 8 or more, “Modify Leads” set (1 to 5), “Agent API Access” on, and lead_search (or ALL_FUNCTIONS) in “API Allowed Functions”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read single lead fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user level 7 or more, “Modify Leads” set (1 to 4), “Agent API Access” on, and lead_field_info (or ALL_FUNCTIONS) in “API Allowed Functions”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} no longer exists on the server: it was deleted after it was loaded, so there is nothing to check it against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} was not changed: it no longer exists on the server (it was deleted after it was loaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use {function}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user level 8 or more, “Agent API Access” on, and {function} (or ALL_FUNCTIONS) in “API Allowed Functions”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is right, but user {user} may not {what} through the API ({function}). An administrator must set, on this user in VICIdial&apos;s Admin → Users: {needs}. To read leads the user also needs “View Reports”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused user {user} with this password. Check the password and that the user exists and is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-ins in a row: {n}. The server locks the user for {m} minutes after {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the server has locked user {user} until about {when}. Wait until then (trying earlier can extend the lock), or ask an administrator to reset the user&apos;s failed login count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Editor could not reach {host}. Check the server address, that the server is running, and your network or VPN connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} did not answer in time (connect {c:g} s, read {r:g} s). The server may be busy or the address may be wrong. You can raise the timeouts in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent. This usually means {host} uses a certificate from your company&apos;s own certificate authority, or a self-signed one. Ask your administrator for that CA certificate file and choose it below: Lead Editor will then trust it for this profile only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed while answering. Try again in a moment; if it keeps failing, ask the administrator to check the web server&apos;s error log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for two-factor authentication for user {user}, which the API cannot complete. An administrator must exempt this API user from two-factor authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept API calls from this computer&apos;s address. An administrator must add it to the API IP list of the user&apos;s group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not sent: it contains characters that VICIdial&apos;s API removes, so it could never sign in. Ask an administrator for an API password made of letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is incomplete: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from {host} is not what a VICIdial server sends. Check that the address points to the VICIdial web server (for example https://dialer.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server (VICIdial {ident}) is older than the lead reading and search functions (added in 2021). Lead Editor can still correct a lead by its lead ID, but cannot show its current values or find it by phone number; ask for the server to be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server (VICIdial {ident}) has no lead search (added in October 2021). Lead Editor shows only the lead the server itself would change, not every lead that matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server (VICIdial {ident}) cannot read leads by phone number (added in November 2021); search by lead ID or vendor code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{profile}: signed in as {user} · VICIdial {version} (build {build})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limited: old server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} was changed, but not as expected: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} was changed on the server&apos;s word: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved lead {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} already held these values; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent for lead {0}: no edit would change what the server stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not apply the change to lead {0}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known whether lead {0} was changed: the server&apos;s answer was lost and reading the lead back could not tell. Use “Check again” before trying once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} was not changed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}: {1} was changed again after your save: now &apos;{2}&apos;. Changed by another user or by the agent&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead no longer exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read field by field: the server fails when it sends this lead&apos;s full record (VICIdial on PHP 8 and a value with an apostrophe, such as O&apos;Brien).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values the journal entry stored, for its undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwritten later: {0} no longer held what this save stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead&apos;s values before the change could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on the server&apos;s word: the lead could not be read back to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead could not be read before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead {0} was changed on the server since you opened it (1 field differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current values of lead {0} could not be read to check them: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} holds &apos;{1}&apos;, not the expected &apos;{2}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The server&apos;s answer said the change was applied; reading the lead back shows it was not.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The server&apos;s answer was empty or said nothing was applied; reading the lead back shows the change stored.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is now empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is now &apos;{1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields differ from list to list; change them one lead at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server since it was listed ({0}); not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be put back: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} will be stored as &apos;{1}&apos;, not exactly as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its value before the change is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a field Lead Editor can write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was empty, and the server cannot empty this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server would ignore {0} for this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} was not reset: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} was not deleted: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead was not added: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} does not exist; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} was not deleted: the server did not answer in time to read it first, so its values could not be kept in the journal. Nothing was sent; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: lead {0} already has phone number {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} was reset: it can be dialed again in its list. (It could not be read back to check.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} was reset: it can be dialed again in its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} was deleted. Its full record is kept in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} is still there: the server did not delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}: the server answered, but whether the lead is gone could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added lead {0} to list {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, but lead {0} now has this phone number: it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and no lead has this phone number: it was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not add the lead (its INSERT failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, but reading back shows lead {0} was {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost; lead {0} is {1} as requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost; reading back shows lead {0} was not {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and lead {0} could not be read back: whether it was {1} is unknown. Nothing was sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read (it may be a folder, or you may not open it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files ending in {suffix} cannot be read: use a .csv, .tsv, .txt, .xlsx or .xlsm file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{encoding} is not a text encoding Lead Editor knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} does not read as {encoding}: choose the file&apos;s encoding (for example Windows-1252).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} holds bytes no text file has: this is not a text file (perhaps an .xls saved as .csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} of the file cannot be read: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged and cannot be read: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet named {sheet}; its sheets are: {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {column} has the header “{header}”, like column {first}: rename one so that each column is named once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {column} has no header: give it one, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search scope is not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a mapping: write it as header=field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column with the header “{header}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “{header}” is mapped to {field}, which is not a lead field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header “{header}” is on more than one column ({columns}): rename them so that each is named once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns {columns} all feed {field}: map only one of them to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the {key} that finds each lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of the file is mapped to a lead field: there is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping of the file&apos;s columns is not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “{value}” is not valid: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: “{value}” is not sent. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key column “{column}” is empty in this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “{value}” is also on row {first_row}: each lead is corrected by one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot be blanked: the server ignores --BLANK-- for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} holds the literal text --BLANK--, which the server would take as “empty this field”; it is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row cannot be written as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several leads match: {leads}. Pick the one this row corrects, or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the batch stopped at a refused sign-in or permission. {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the batch was cancelled or stopped before this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key cell is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is on an earlier row too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More cells than the header has columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value the server would refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field the server cannot blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The literal text --BLANK--</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several leads match (pick one by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier row changes the same lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server since the dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server applied nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at a refused sign-in or permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n rows ({1})</source>
        <translation>
            <numerusform>{0}: %n row ({1})</numerusform>
            <numerusform>{0}: %n rows ({1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with several leads</source>
        <translation>
            <numerusform>%n row with several leads</numerusform>
            <numerusform>%n rows with several leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows:</source>
        <translation>
            <numerusform>%n row:</numerusform>
            <numerusform>%n rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written. %n rows:</source>
        <translation>
            <numerusform>Dry run, nothing written. %n row:</numerusform>
            <numerusform>Dry run, nothing written. %n rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leads will be written by lead ID, each read just before and after.</source>
        <translation>
            <numerusform>%n lead will be written by lead ID, read just before and after.</numerusform>
            <numerusform>%n leads will be written by lead ID, each read just before and after.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are left out (unchanged, not found, several leads, invalid).</source>
        <translation>
            <numerusform>%n row is left out (unchanged, not found, several leads, invalid).</numerusform>
            <numerusform>%n rows are left out (unchanged, not found, several leads, invalid).</numerusform>
        </translation>
    </message>
    <message>
        <source>You can pause or cancel at any time; a row already sent always finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n rows, {rate:.1f} rows a second</source>
        <translation>
            <numerusform>{done} of %n row, {rate:.1f} rows a second</numerusform>
            <numerusform>{done} of %n rows, {rate:.1f} rows a second</numerusform>
        </translation>
    </message>
    <message>
        <source>about {m} min {s} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {s} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume ({done} of {total} done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected problem stopped this action: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected problem stopped this action. The log file has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http://) and name a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port in the server address is not a number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API user is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API user may contain only letters, digits, &apos;-&apos; and &apos;_&apos;: the server removes anything else, so this user could never sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source is required ({low} to {high} letters or digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source may contain only letters A–Z and digits: the server removes anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The source needs at least %n letters or digits; the server refuses shorter ones.</source>
        <translation>
            <numerusform>The source needs at least %n letter or digit; the server refuses shorter ones.</numerusform>
            <numerusform>The source needs at least %n letters or digits; the server refuses shorter ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The source may be at most %n characters long.</source>
        <translation>
            <numerusform>The source may be at most %n character long.</numerusform>
            <numerusform>The source may be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeouts must be more than 0 seconds (connect at most {connect:g}, read at most {read:g}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown default scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign or list scope needs a default list ID (3 or more digits, 100 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default list ID may contain digits 0-9 only, 3 or more of them, without a leading zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desktop keyring (GNOME Keyring or KWallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User (last agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMT offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blanking leaves it empty, not U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD; blanking stores 0000-00-00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed only with “Change phone number”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the lead to another list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 32767</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-99.99 to 99.99; blanking stores 0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of the change journal ({0}) cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk that holds the change journal ({0}) is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change journal ({0}) was written by a newer Lead Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change journal ({0}) cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: every change is recorded in the journal first, and {0}. Searching still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change journal could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, empty journal was started: changes made from now on are recorded. The earlier entries are not shown, and cannot be undone from Lead Editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Editor started with its default settings: your server profiles need to be added again. Saved passwords stay in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved drafts could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes kept from earlier sessions could not be offered back. Nothing on any server was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file {0} could not be moved and was left where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file was kept, renamed to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}: a save at {1} ({2}) stopped before its answer came; whether it reached the server is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}: reading it back shows the change was applied. The journal says so now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}: reading it back shows the change was not applied. Nothing was sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}: it holds the requested values. The journal says so now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}: reading it back could not tell (changed by someone else, or not readable). Nothing was sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}: unsaved changes from {1} ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes to lead {0} are back in the form. The lead changed on the server since then ({1}): check the values before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes to lead {0} are back in the form, on its current values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in list {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in the campaign of list {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead ID {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor code {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found by its lead ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found by its vendor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found by its phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: no such lead{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: no lead has it{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead matches {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{matches}. Lead {lead}, which the server would have changed, was deleted: search again to see which lead it would change now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; the server would change none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{matches}; the server would change lead {lead}, the most recently loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{matches}; the server would change lead {lead}, {how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of {0} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the other matching leads… {0} shown so far; you can select and edit meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. You can add the phone number as a new lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search finished. The lead the server would change is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search finished. Select a lead to see its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous search (the new one failed): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous search (the new one was not sent): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} found this lead: the server would update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Details of %n could not be read.</source>
        <translation>
            <numerusform>Details of %n lead could not be read.</numerusform>
            <numerusform>Details of %n leads could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign &apos;{sign}&apos; is dropped: the number is stored as {stored}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A phone number of only %n digits cannot be dialled; check it before saving.</source>
        <translation>
            <numerusform>A phone number of only %n digit cannot be dialled; check it before saving.</numerusform>
            <numerusform>A phone number of only %n digits cannot be dialled; check it before saving.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead {lead} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {lead} already held these values; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {lead} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {lead} was already gone; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not apply the change to lead {lead} (its database UPDATE failed); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {lead}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported nothing applied to lead {lead}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server found lead {lead} but had nothing to apply: every value sent was empty after the server&apos;s filters, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {lead} added to list {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields already held these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custom fields are defined for this lead&apos;s list, so the custom values were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the lead ID (&lt;b&gt;{0}&lt;/b&gt;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the lead ID to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(left unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}: stored differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lead {0} was saved, but {1} stored differently from what was expected.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fields are</source>
        <translation>
            <numerusform>%n field is</numerusform>
            <numerusform>%n fields are</numerusform>
        </translation>
    </message>
    <message>
        <source>This happens when the server&apos;s character handling (its non-latin setting) is not what this profile says, or when a value is cut to the column&apos;s length. The lead now holds the values in the column “The server stored”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. Your edits are still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your answer: write lead {0} without checking its current values?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current values cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

Write anyway? The journal will record the values before the change as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write without checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the lead could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-apply your changes to lead {0} on its current values?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and saving lead {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} was changed on the server since you opened it; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. The form shows lead {0} as the server holds it now; your edits were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: lead {0} was changed on the server meanwhile. Your edits are still in the form, over the values it holds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} already holds your changes; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your save was overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal entry is marked “overwritten later”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-apply my change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} already holds your change again; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-apply your change to lead {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One change, several leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applying to %n leads…</source>
        <translation>
            <numerusform>Applying to %n lead…</numerusform>
            <numerusform>Applying to %n leads…</numerusform>
        </translation>
    </message>
    <message>
        <source>The lead becomes dialable again in its list: it counts as {0}. Its other fields are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n leads…</source>
        <translation>
            <numerusform>Reading %n lead…</numerusform>
            <numerusform>Reading %n leads…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n journal entries to {1}.</source>
        <translation>
            <numerusform>Exported %n journal entry to {1}.</numerusform>
            <numerusform>Exported %n journal entries to {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal entry {0} cannot be undone. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: lead {0} already holds the values from before entry {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since this entry: {0}. “Now” shows the server&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo journal entry {0}: put lead {1} back as it was?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo: no saved change of yours in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one lead first: reset and delete work on one lead at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete lead {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead is removed from the server with its scheduled callbacks. The server keeps no copy and has no undo; Lead Editor keeps its full record in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset lead {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on lead {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current values of lead {0} could not be read to check them. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} · {1} · phone {2} · list {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in. Use File → Sign in to a server… to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pseudo-locale (for testing layouts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when Lead Editor is restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Lead Editor is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one way to match: lead ID, vendor code or phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead ID is made of digits only (0-9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead ID is a positive number of at most 11 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may contain only the digits 0-9 (spaces, dashes, dots, brackets and commas are ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number needs 6 to 18 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value for at least one of the ticked ways to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching one list needs a list ID; without one the server would silently search the whole system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the campaign of a list needs a list ID; without one the server would silently search the whole system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{list_id}” is not a valid list ID (3 or more digits, no leading zero, so 100 or above); the server would silently search the whole system instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor code {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the whole system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the campaign of list {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in list {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The server&apos;s answer was lost; reading the lead back shows the change landed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The server&apos;s answer was lost; reading the lead back shows nothing changed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead matches {search}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 lead matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{matches}; the server would change none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, found by its lead ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, found by its vendor code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, found by its phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the most recently loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{matches}; the server would change lead {lead}{how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before anything was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The lead could not be read back, so the stored values were not checked.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} cannot be blanked: the server ignores --BLANK-- for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: an empty value leaves the field unchanged; use Blank to empty it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: the value holds bytes that are not valid UTF-8, which the server cannot store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} cannot be negative through the API: the server drops the sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a whole number from {lowest} to {highest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be {choices}: the server would store an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character U+{code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{chars} is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{chars} are removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything except {chars}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capital letters A-Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty value leaves the field unchanged; use Blank to empty it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Editor will not send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriage returns are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;+&apos; becomes a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;+&apos; is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not valid UTF-8, so the server drops it entirely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{removed}: the server keeps no emoji or symbols here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;!N&apos; is VICIdial&apos;s line-break marker: it reads back as a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing survives the server&apos;s filter, so the field will be left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid date: the server stores 0000-00-00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be one of {choices}; the server stores an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as the number {stored}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as the date {stored}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is written only after “Change phone number”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This moves the lead to list {list}; the server does not check that the list exists or that you may use it, and custom fields stay with the old list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already holds this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stores {stored!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters A–Z, digits, ‘-’ and ‘_’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters (of any alphabet), digits, ‘-’ and ‘_’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password contains 1 character that VICIdial&apos;s API removes before checking it (it keeps only {allowed}), so it can never sign in, and each try counts toward the server&apos;s lock-out. Ask an administrator for an API password made of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server locked user {user} after too many failed sign-ins, until about {when}. Trying before then fails and may make the lock last longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sign-ins in a row have failed. If this password is wrong too, the server locks user {user} for {m} minutes.</source>
        <translation>
            <numerusform>%n sign-in has failed. If this password is wrong too, the server locks user {user} for {m} minutes.</numerusform>
            <numerusform>%n sign-ins in a row have failed. If this password is wrong too, the server locks user {user} for {m} minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-ins in a row have failed. The server locks the user for {m} minutes after {limit} failures (fewer may be left if other programs tried too).</source>
        <translation>
            <numerusform>%n sign-in has failed. The server locks the user for {m} minutes after {limit} failures (fewer may be left if other programs tried too).</numerusform>
            <numerusform>%n sign-ins in a row have failed. The server locks the user for {m} minutes after {limit} failures (fewer may be left if other programs tried too).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the same password the server refused a moment ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This password contains %n characters that VICIdial&apos;s API removes before checking it (it keeps only {allowed}), so it can never sign in, and each try counts toward the server&apos;s lock-out. Ask an administrator for an API password made of {allowed}.</source>
        <translation>
            <numerusform>This password contains %n character that VICIdial&apos;s API removes before checking it (it keeps only {allowed}), so it can never sign in, and each try counts toward the server&apos;s lock-out. Ask an administrator for an API password made of {allowed}.</numerusform>
            <numerusform>This password contains %n characters that VICIdial&apos;s API removes before checking it (it keeps only {allowed}), so it can never sign in, and each try counts toward the server&apos;s lock-out. Ask an administrator for an API password made of {allowed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lead {0} was changed on the server since you opened it (%n fields differ)</source>
        <translation>
            <numerusform>lead {0} was changed on the server since you opened it (%n field differs)</numerusform>
            <numerusform>lead {0} was changed on the server since you opened it (%n fields differ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Setting {0} on %n leads, each by its lead ID.</source>
        <translation>
            <numerusform>Setting {0} on %n lead, by its lead ID.</numerusform>
            <numerusform>Setting {0} on %n leads, each by its lead ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>its details could not be read; correct it on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already held these values; nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already held these values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and reading back could not tell; check this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed while reading this lead. VICIdial on PHP 8 fails this way when a value holds an apostrophe (such as O&apos;Brien).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not read this lead&apos;s details (its list is outside your campaigns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not return this lead&apos;s details (its list may be outside your campaigns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed while reading this lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer while reading this lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood while reading this lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has 1 more cell than the header has columns ({columns}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This row has %n more cells than the header has columns ({columns}).</source>
        <translation>
            <numerusform>This row has %n more cell than the header has columns ({columns}).</numerusform>
            <numerusform>This row has %n more cells than the header has columns ({columns}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch {id} ({source}) did not finish: {done} of %Ln rows done.</source>
        <translation>
            <numerusform>Batch {id} ({source}) did not finish: {done} of %Ln row done.</numerusform>
            <numerusform>Batch {id} ({source}) did not finish: {done} of %Ln rows done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leads match</source>
        <translation>
            <numerusform>%n lead matches</numerusform>
            <numerusform>%n leads match</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for every lead that matches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server which lead it would update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading lead {lead} ({n} of {total})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading lead {lead}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left over from an earlier session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves whose outcome is unknown. “Check now” reads the lead; nothing is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes kept from an earlier session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}: a reset for dialing at {1} stopped before its answer came; whether it reached the server is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}: a deletion at {1} stopped before its answer came; whether the lead was deleted is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lead with phone number {0} (list {1}), added at {2}, stopped before its answer came; whether it was added is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}: reading it back shows it is reset for dialing. The journal says so now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}: reading it back could not tell whether the reset was done. Nothing was sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} no longer exists: the deletion was done. The journal says so now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} still exists: it was not deleted. Nothing was sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0} could not be read: whether it was deleted is still unknown. Nothing was sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new lead with phone number {0} was added: it is lead {1}. The journal says so now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead has phone number {0}: the new lead was not added. Nothing was sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches from a file that did not finish. Resume reads back the rows whose outcome is unknown first; nothing is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch {0} discarded: it is not offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} The check failed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}: the unsaved changes were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report was saved in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to disk; copy the details instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Editor met an error it did not expect. Nothing more was sent to the server because of it, and the window stays open: check the lead you were working on before saving again.

{0} No password is in it; you can send it to whoever supports Lead Editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>called once in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>called %n times in all</source>
        <translation>
            <numerusform>called %n time in all</numerusform>
            <numerusform>called %n times in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>called %n times</source>
        <translation>
            <numerusform>called %n time</numerusform>
            <numerusform>called %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>accents and other alphabets are kept (the server&apos;s non-latin setting is on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accents and letters of other alphabets are removed by the server (its non-latin setting is off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom fields of list {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not called since the list was last reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called once since the list was last reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>called %n times since the list was last reset</source>
        <translation>
            <numerusform>called %n time since the list was last reset</numerusform>
            <numerusform>called %n times since the list was last reset</numerusform>
        </translation>
    </message>
    <message>
        <source>At most 1 character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>which list&apos;s custom fields a lead carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}”: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>a lead without custom fields</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-latin setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called since last reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field that holds nothing, whether it was empty or was blanked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name Lead Editor gives itself in the server&apos;s API log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the phone number search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the lead ID search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (in the search pane); confirm (in a dialog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lead in the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go straight to that field or button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the server; close a dialog without sending anything; leave editing several leads together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop editing these leads together and edit one lead again (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing several leads together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked “leave as is” stay as they are on each lead. Each lead is read again before anything is sent, you confirm lead by lead, and each is written by its own lead ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Editing %n leads together: only the fields you change are written, to each lead.</source>
        <translation>
            <numerusform>Editing %n lead together: only the fields you change are written, to each lead.</numerusform>
            <numerusform>Editing %n leads together: only the fields you change are written, to each lead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leads are edited together. Change only what must be the same on all of them; Leave (Esc) to edit one lead.</source>
        <translation>
            <numerusform>%n lead is edited together. Change only what must be the same on all of them; Leave (Esc) to edit one lead.</numerusform>
            <numerusform>%n leads are edited together. Change only what must be the same on all of them; Leave (Esc) to edit one lead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the selected leads together</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edit %n selected leads together</source>
        <translation>
            <numerusform>Edit %n selected lead together</numerusform>
            <numerusform>Edit %n selected leads together</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read now ({0}); it is read again just before writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server since it was listed ({0}): stopped as a conflict, not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Confirm one change to %n leads</source>
        <translation>
            <numerusform>Confirm one change to %n lead</numerusform>
            <numerusform>Confirm one change to %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply this change to %n leads?</source>
        <translation>
            <numerusform>Apply this change to %n lead?</numerusform>
            <numerusform>Apply this change to %n leads?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent yet. “Now” is each lead as the server holds it, read just now. Only the fields below are written{0}, to each lead by its lead ID; each lead is read again just before writing, stopped if anyone changed it, and read back after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to be saved, lead by lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more note</numerusform>
            <numerusform>… and %n more notes</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Before you apply, note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n leads</source>
        <translation>
            <numerusform>Apply to %n lead</numerusform>
            <numerusform>Apply to %n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown (not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {0}, {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which lead field each column of the file feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column: its letter, its header and the lead field it feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to save this mapping, or pick one to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers are matched to lead fields by name. Change any column&apos;s field, or choose “Not used”. The phone number and the list ID are only changed when you choose them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used (nothing matched): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead field for column {0} “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Not used” ignores the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match key ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top the dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems of the dry run, by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the apply will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the results file and, beside it, a file of the rows that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the results were written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words used here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
