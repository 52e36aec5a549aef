<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>PySide6:</source>
        <translation>PySide6:</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <source>Keyring:</source>
        <translation>Llavero:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Carpeta de registros:</translation>
    </message>
    <message>
        <source>Journal folder:</source>
        <translation>Carpeta de la bitácora:</translation>
    </message>
    <message>
        <source>Settings folder:</source>
        <translation>Carpeta de configuración:</translation>
    </message>
    <message>
        <source>About %s</source>
        <translation>Acerca de %s</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>Find a VICIdial lead and correct it safely.</source>
        <translation>Encuentre un lead de VICIdial y corríjalo con seguridad.</translation>
    </message>
    <message>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>Software libre bajo la GNU GPL, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Copy these facts (no password, server or user name) to paste into a support request</source>
        <translation>Copie estos datos (sin contraseña, servidor ni nombre de usuario) para pegarlos en una solicitud de soporte</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <source>Give either --profile NAME, or --url URL --user USER --password-stdin.</source>
        <translation>Indique --profile NOMBRE, o bien --url URL --user USUARIO --password-stdin.</translation>
    </message>
    <message>
        <source>There is no server profile named “{name}”.</source>
        <translation>No hay ningún perfil de servidor llamado “{name}”.</translation>
    </message>
    <message>
        <source>No password is remembered for profile “{name}”: sign in once in the window with “Remember password”, or use --url, --user and --password-stdin.</source>
        <translation>No hay ninguna contraseña guardada para el perfil “{name}”: inicie sesión una vez en la ventana con “Recordar contraseña”, o use --url, --user y --password-stdin.</translation>
    </message>
    <message>
        <source>No password arrived on standard input (one line is read).</source>
        <translation>No llegó ninguna contraseña por la entrada estándar (se lee una línea).</translation>
    </message>
    <message>
        <source>Choose --dry-run or --apply.</source>
        <translation>Elija --dry-run o --apply.</translation>
    </message>
    <message>
        <source>Name the correction file, or use --resume, --review, --discard or --undo.</source>
        <translation>Indique el archivo de correcciones, o use --resume, --review, --discard o --undo.</translation>
    </message>
    <message>
        <source>Choose the match key with --key lead_id, vendor_lead_code or phone_number.</source>
        <translation>Elija la clave de búsqueda con --key lead_id, vendor_lead_code o phone_number.</translation>
    </message>
    <message>
        <source>The blank token cannot be empty.</source>
        <translation>La marca para vaciar no puede estar vacía.</translation>
    </message>
    <message>
        <source>There is no batch {batch} in the journal.</source>
        <translation>No hay ningún lote {batch} en la bitácora.</translation>
    </message>
    <message>
        <source>No batch is waiting to be resumed.</source>
        <translation>Ningún lote espera ser reanudado.</translation>
    </message>
    <message>
        <source>The journal refuses writes ({problem}): nothing was sent.</source>
        <translation>La bitácora no admite escrituras ({problem}): no se envió nada.</translation>
    </message>
    <message>
        <source>The journal refuses writes ({problem}): batch {batch} stopped after {written} of its {total} rows were sent to the server. The rows finished so far are in {path}. Once the journal accepts writes, --resume {batch} reads back the rows whose outcome it could not keep (never sending them again) and writes the rest.</source>
        <translation>La bitácora no admite escrituras ({problem}): el lote {batch} se detuvo después de enviar al servidor {written} de sus {total} filas. Las filas terminadas hasta ahora están en {path}. Cuando la bitácora vuelva a admitir escrituras, --resume {batch} vuelve a leer las filas cuyo resultado no pudo guardar (sin enviarlas nunca de nuevo) y escribe las demás.</translation>
    </message>
    <message>
        <source>Interrupted: the rows already started were finished; resume the batch with --resume.</source>
        <translation>Interrumpido: las filas ya comenzadas se terminaron; reanude el lote con --resume.</translation>
    </message>
    <message>
        <source>Batch {batch} is not a finished batch of corrections, so it cannot be undone.</source>
        <translation>El lote {batch} no es un lote de correcciones terminado, así que no se puede deshacer.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>El archivo {path} no existe.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read (no permission, a folder, or a disk error).</source>
        <translation>No se puede leer el archivo {path} (sin permiso, es una carpeta o hay un error de disco).</translation>
    </message>
    <message>
        <source>Files ending in “{suffix}” cannot be read: use CSV, TSV, TXT or an Excel workbook (.xlsx).</source>
        <translation>No se pueden leer archivos terminados en “{suffix}”: use CSV, TSV, TXT o un libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>El archivo está vacío: no tiene fila de encabezados.</translation>
    </message>
    <message>
        <source>“{encoding}” is not a text encoding this program knows.</source>
        <translation>“{encoding}” no es una codificación de texto que este programa conozca.</translation>
    </message>
    <message>
        <source>Row {row} cannot be read as {encoding}: choose another encoding.</source>
        <translation>La fila {row} no se puede leer como {encoding}: elija otra codificación.</translation>
    </message>
    <message>
        <source>Row {row} holds binary data: this is not a text file (an .xls saved as .csv?).</source>
        <translation>La fila {row} contiene datos binarios: no es un archivo de texto (¿un .xls guardado como .csv?).</translation>
    </message>
    <message>
        <source>The file is damaged at row {row}.</source>
        <translation>El archivo está dañado en la fila {row}.</translation>
    </message>
    <message>
        <source>The workbook is damaged and cannot be read.</source>
        <translation>El libro está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “{sheet}”.</source>
        <translation>El libro no tiene ninguna hoja llamada “{sheet}”.</translation>
    </message>
    <message>
        <source>“{text}” is not a mapping: write HEADER=field.</source>
        <translation>“{text}” no es una asignación: escriba ENCABEZADO=campo.</translation>
    </message>
    <message>
        <source>The file has no column “{header}”.</source>
        <translation>El archivo no tiene ninguna columna “{header}”.</translation>
    </message>
    <message>
        <source>Column “{header}”: there is no lead field “{field}”.</source>
        <translation>Columna “{header}”: no existe el campo de lead “{field}”.</translation>
    </message>
    <message>
        <source>The header “{header}” appears more than once (columns {columns}): map one of them by hand.</source>
        <translation>El encabezado “{header}” aparece más de una vez (columnas {columns}): asigne una de ellas a mano.</translation>
    </message>
    <message>
        <source>Columns {columns} both feed the field {field}: keep one.</source>
        <translation>Las columnas {columns} alimentan el mismo campo {field}: conserve una.</translation>
    </message>
    <message>
        <source>No column holds the match key {key}.</source>
        <translation>Ninguna columna contiene la clave de búsqueda {key}.</translation>
    </message>
    <message>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>No column of the file feeds a lead field: nothing to change.</source>
        <translation>Ninguna columna del archivo alimenta un campo del lead: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>would update</source>
        <translation>se actualizaría</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>ambiguo</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%n would update</source>
        <translation>
            <numerusform>%n se actualizaría</numerusform>
            <numerusform>%n se actualizarían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n no encontrado</numerusform>
            <numerusform>%n no encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ambiguous</source>
        <translation>
            <numerusform>%n ambiguo</numerusform>
            <numerusform>%n ambiguos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n no válido</numerusform>
            <numerusform>%n no válidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n en conflicto</numerusform>
            <numerusform>%n en conflicto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falló</numerusform>
            <numerusform>%n fallaron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n desconocido</numerusform>
            <numerusform>%n desconocidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Every field already holds this value.</source>
        <translation>Cada campo ya tiene este valor.</translation>
    </message>
    <message>
        <source>The server already held these values.</source>
        <translation>El servidor ya tenía estos valores.</translation>
    </message>
    <message>
        <source>No lead matches this key.</source>
        <translation>Ningún lead coincide con esta clave.</translation>
    </message>
    <message>
        <source>Several leads match; none was chosen: {leads}.</source>
        <translation>Coinciden varios leads; no se eligió ninguno: {leads}.</translation>
    </message>
    <message>
        <source>Row {first_row} already changes this lead; this row is not used.</source>
        <translation>La fila {first_row} ya cambia este lead; esta fila no se usa.</translation>
    </message>
    <message>
        <source>The lead could not be read: {error}</source>
        <translation>No se pudo leer el lead: {error}</translation>
    </message>
    <message>
        <source>The lead was changed on the server since the dry run ({fields}); not written.</source>
        <translation>El lead cambió en el servidor después de la simulación ({fields}); no se escribió.</translation>
    </message>
    <message>
        <source>Refused, nothing written: {error}</source>
        <translation>Rechazado, no se escribió nada: {error}</translation>
    </message>
    <message>
        <source>The server applied nothing.</source>
        <translation>El servidor no aplicó nada.</translation>
    </message>
    <message>
        <source>Written, but the server stored something else in: {fields}.</source>
        <translation>Escrito, pero el servidor guardó otra cosa en: {fields}.</translation>
    </message>
    <message>
        <source>The answer was lost and reading the lead back could not tell whether it was written; it was not sent again. Resume the batch to check again.</source>
        <translation>La respuesta se perdió y al volver a leer el lead no se pudo saber si se escribió; no se envió de nuevo. Reanude el lote para comprobarlo otra vez.</translation>
    </message>
    <message>
        <source>Not sent: the batch stopped at a refused sign-in or permission ({error}).</source>
        <translation>No enviado: el lote se detuvo ante un inicio de sesión o un permiso rechazado ({error}).</translation>
    </message>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation>No enviado: el lote se canceló.</translation>
    </message>
    <message>
        <source>Begun before the program stopped; read back: not written. Not sent again.</source>
        <translation>Comenzado antes de que el programa se detuviera; leído de nuevo: no escrito. No se envió otra vez.</translation>
    </message>
    <message>
        <source>Changed since the batch, left as it is now: {fields}.</source>
        <translation>Cambiado después del lote, se deja como está: {fields}.</translation>
    </message>
    <message>
        <source>Not resumed: a value holds the text of the password, which the journal never keeps. Check the lead, and apply the row again from the file if needed.</source>
        <translation>No reanudado: un valor contiene el texto de la contraseña, que la bitácora nunca guarda. Revise el lead y, si hace falta, vuelva a aplicar la fila desde el archivo.</translation>
    </message>
    <message>
        <source>{done} of {total} rows, {rate:.1f} rows a second</source>
        <translation>{done} de {total} filas, {rate:.1f} filas por segundo</translation>
    </message>
    <message>
        <source>Dry run, nothing written:</source>
        <translation>Simulación, no se escribió nada:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Terminado:</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>ninguna fila</translation>
    </message>
    <message>
        <source>  {reason}: rows {rows}</source>
        <translation>  {reason}: filas {rows}</translation>
    </message>
    <message>
        <source>Batch {batch} ({source}) did not finish: {done} of {total} done. Resume it with --resume {batch}, review it with --review {batch}, or discard it with --discard {batch}.</source>
        <translation>El lote {batch} ({source}) no terminó: {done} de {total} hechas. Reanúdelo con --resume {batch}, revíselo con --review {batch} o descártelo con --discard {batch}.</translation>
    </message>
    <message>
        <source>Add as new lead</source>
        <translation>Agregar como lead nuevo</translation>
    </message>
    <message>
        <source>No lead has this phone number. Add it as a new lead? Before adding, Lead Editor searches once more; the new lead is recorded in the journal. The server makes no duplicate or DNC check here.</source>
        <translation>Ningún lead tiene este número de teléfono. ¿Desea agregarlo como lead nuevo? Antes de agregarlo, Lead Editor busca una vez más; el lead nuevo queda registrado en la bitácora. Aquí el servidor no revisa duplicados ni la lista DNC.</translation>
    </message>
    <message>
        <source>Phone &amp;code</source>
        <translation>&amp;Código de país</translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation>Número de &amp;teléfono</translation>
    </message>
    <message>
        <source>&amp;List ID</source>
        <translation>ID de &amp;lista</translation>
    </message>
    <message>
        <source>&amp;First name (optional)</source>
        <translation>&amp;Nombre (opcional)</translation>
    </message>
    <message>
        <source>L&amp;ast name (optional)</source>
        <translation>&amp;Apellido (opcional)</translation>
    </message>
    <message>
        <source>Lists you can use: {0}</source>
        <translation>Listas que puede usar: {0}</translation>
    </message>
    <message>
        <source>Add lead</source>
        <translation>Agregar lead</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The phone number needs 6 to 18 digits.</source>
        <translation>El número de teléfono necesita de 6 a 18 dígitos.</translation>
    </message>
    <message>
        <source>Give a phone code (1 for the US and Canada).</source>
        <translation>Indique un código de país (1 para EE. UU. y Canadá).</translation>
    </message>
    <message>
        <source>Give the list ID the lead goes into (100 or more).</source>
        <translation>Indique el ID de la lista a la que va el lead (100 o más).</translation>
    </message>
    <message>
        <source>Each field to be written: its value now and what the server will store.</source>
        <translation>Cada campo que se escribirá: su valor actual y lo que guardará el servidor.</translation>
    </message>
    <message>
        <source>Confirm changes to lead {0}</source>
        <translation>Confirmar los cambios del lead {0}</translation>
    </message>
    <message>
        <source>Save these changes to lead {0} ({1})?</source>
        <translation>¿Guardar estos cambios en el lead {0} ({1})?</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>values unknown</source>
        <translation>valores desconocidos</translation>
    </message>
    <message>
        <source> on {0}</source>
        <translation> en {0}</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. Just before writing, the lead is read again and the save stops if anyone changed it meanwhile. Only the fields below will be written{0}, by lead ID; the lead is then read back and checked.</source>
        <translation>Todavía no se ha enviado nada. Justo antes de escribir, el lead se lee de nuevo y el guardado se detiene si alguien lo cambió mientras tanto. Solo se escribirán los campos de abajo{0}, por ID de lead; después el lead se vuelve a leer y se verifica.</translation>
    </message>
    <message>
        <source>Changes to be saved</source>
        <translation>Cambios por guardar</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Mostrar filas</translation>
    </message>
    <message>
        <source>Shows every row, or only the rows with one outcome.</source>
        <translation>Muestra todas las filas, o solo las filas con un resultado.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Rows of the file and what happens to each</source>
        <translation>Filas del archivo y lo que pasa con cada una</translation>
    </message>
    <message>
        <source>Each row of the file: its number, its lead, its outcome, and each field before and after.</source>
        <translation>Cada fila del archivo: su número, su lead, su resultado y cada campo antes y después.</translation>
    </message>
    <message>
        <source>The fields of the selected row</source>
        <translation>Los campos de la fila seleccionada</translation>
    </message>
    <message>
        <source>Each mapped field of the selected row: before and after.</source>
        <translation>Cada campo asignado de la fila seleccionada: antes y después.</translation>
    </message>
    <message>
        <source>The lead this row corrects</source>
        <translation>El lead que corrige esta fila</translation>
    </message>
    <message>
        <source>Several leads match this row&apos;s key; none is guessed.</source>
        <translation>Varios leads coinciden con la clave de esta fila; no se adivina ninguno.</translation>
    </message>
    <message>
        <source>&amp;Use this lead</source>
        <translation>&amp;Usar este lead</translation>
    </message>
    <message>
        <source>Use this lead</source>
        <translation>Usar este lead</translation>
    </message>
    <message>
        <source>Several leads match this row&apos;s key. Pick the one it corrects:</source>
        <translation>Varios leads coinciden con la clave de esta fila. Elija el que corrige:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>M&amp;ostrar</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambio</translation>
    </message>
    <message>
        <source>Lead {0}</source>
        <translation>Lead {0}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Will be stored</source>
        <translation>Se guardará</translation>
    </message>
    <message>
        <source>unknown (not readable)</source>
        <translation>desconocido (no se pudo leer)</translation>
    </message>
    <message>
        <source>(not sent: no change)</source>
        <translation>(no se envía: sin cambio)</translation>
    </message>
    <message>
        <source>⚠ Before you save, note:</source>
        <translation>⚠ Antes de guardar, tenga en cuenta:</translation>
    </message>
    <message>
        <source>Save to server</source>
        <translation>Guardar en el servidor</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Regresar</translation>
    </message>
    <message>
        <source>{0}: store “{1}” instead</source>
        <translation>{0}: guardar “{1}” en su lugar</translation>
    </message>
    <message>
        <source>Put “{0}” in the form in place of what was typed, then review again</source>
        <translation>Poner “{0}” en el formulario en lugar de lo escrito y revisar otra vez</translation>
    </message>
    <message>
        <source>⚠ Lead {0} is in a live call or being dialled (status {1}). When the agent ends the call, the agent&apos;s screen saves every standard field from its own form and may put your correction back; Lead Editor reads the lead again after saving and tells you.</source>
        <translation>⚠ El lead {0} está en una llamada en curso o se está marcando (estado {1}). Cuando el agente termine la llamada, su pantalla guarda todos los campos estándar desde su propio formulario y puede deshacer su corrección; Lead Editor vuelve a leer el lead después de guardar y se lo indica.</translation>
    </message>
    <message>
        <source>⚠ Lead {0} is on an agent&apos;s screen now: {1}. When the agent saves the call&apos;s disposition, the agent&apos;s screen writes every standard field from its own form and may put your correction back; Lead Editor reads the lead again after saving and tells you.</source>
        <translation>⚠ El lead {0} está ahora en la pantalla de un agente: {1}. Cuando el agente guarde la disposición de la llamada, su pantalla escribe todos los campos estándar desde su propio formulario y puede deshacer su corrección; Lead Editor vuelve a leer el lead después de guardar y se lo indica.</translation>
    </message>
    <message>
        <source>⚠ The current values of lead {0} could not be read, so they cannot be checked before writing (nobody&apos;s change can be detected), and the journal will record them as unknown.</source>
        <translation>⚠ No se pudieron leer los valores actuales del lead {0}, así que no se pueden verificar antes de escribir (no se detectaría el cambio de otra persona), y la bitácora los registrará como desconocidos.</translation>
    </message>
    <message>
        <source>I understand; write these fields anyway</source>
        <translation>Entiendo; escribir estos campos de todos modos</translation>
    </message>
    <message>
        <source>⚠ The area code changes from {0} to {1}. VICIdial does not recompute the lead&apos;s GMT offset when its phone number is updated: the dialer would go on calling at the old local time (offset {2}) until the server&apos;s time-zone script runs, if it is scheduled at all.</source>
        <translation>⚠ El código de área cambia de {0} a {1}. VICIdial no recalcula la diferencia horaria GMT del lead cuando se actualiza su número de teléfono: el marcador seguiría llamando a la hora local anterior (diferencia {2}) hasta que se ejecute el script de zonas horarias del servidor, si es que está programado.</translation>
    </message>
    <message>
        <source>The time zone of the new number is not known; set the GMT offset yourself.</source>
        <translation>No se conoce la zona horaria del número nuevo; indique usted la diferencia GMT.</translation>
    </message>
    <message>
        <source>The new number is in {0}: offset {1} now.</source>
        <translation>El número nuevo está en {0}: diferencia {1} ahora.</translation>
    </message>
    <message>
        <source>The new number&apos;s area spans several time zones: choose the lead&apos;s.</source>
        <translation>El área del número nuevo abarca varias zonas horarias: elija la del lead.</translation>
    </message>
    <message>
        <source>GMT offset for the new phone number</source>
        <translation>Diferencia GMT para el número de teléfono nuevo</translation>
    </message>
    <message>
        <source>Also set the GMT offset in this save</source>
        <translation>Guardar también la diferencia GMT en este guardado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>last changed on the server at {0}</source>
        <translation>último cambio en el servidor el {0}</translation>
    </message>
    <message>
        <source>dialer status now {0}</source>
        <translation>estado del marcador ahora {0}</translation>
    </message>
    <message>
        <source>last called at {0}</source>
        <translation>última llamada el {0}</translation>
    </message>
    <message>
        <source>The server says: {0}.</source>
        <translation>El servidor indica: {0}.</translation>
    </message>
    <message>
        <source>Lead {0} was changed meanwhile</source>
        <translation>El lead {0} cambió mientras tanto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone changed lead {0} on the server after you opened it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alguien cambió el lead {0} en el servidor después de que usted lo abrió.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing has been saved. The fields below differ from what the form showed when you opened the lead.</source>
        <translation>No se ha guardado nada. Los campos de abajo difieren de lo que mostraba el formulario cuando abrió el lead.</translation>
    </message>
    <message>
        <source>{0} of them (marked ✎) are fields you changed too: re-applying would replace their new value with yours.</source>
        <translation>{0} de ellos (marcados con ✎) son campos que usted también cambió: volver a aplicar reemplazaría su valor nuevo con el suyo.</translation>
    </message>
    <message>
        <source>None of them is a field you changed: re-applying keeps their new values.</source>
        <translation>Ninguno es un campo que usted haya cambiado: volver a aplicar conserva sus valores nuevos.</translation>
    </message>
    <message>
        <source>Fields changed on the server</source>
        <translation>Campos cambiados en el servidor</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Cuando lo abrió</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Su cambio</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The dialer changes this field itself when the lead is called.</source>
        <translation>El marcador cambia este campo por sí mismo cuando se llama al lead.</translation>
    </message>
    <message>
        <source>&amp;Re-apply my changes on the current values</source>
        <translation>&amp;Volver a aplicar mis cambios sobre los valores actuales</translation>
    </message>
    <message>
        <source>Your changes are checked and previewed again against the values the server holds now before anything is written.</source>
        <translation>Sus cambios se verifican y se previsualizan otra vez contra los valores que el servidor tiene ahora, antes de escribir nada.</translation>
    </message>
    <message>
        <source>Re&amp;load theirs</source>
        <translation>Re&amp;cargar los suyos</translation>
    </message>
    <message>
        <source>Show the values the server holds now and drop your edits</source>
        <translation>Mostrar los valores que el servidor tiene ahora y descartar sus ediciones</translation>
    </message>
    <message>
        <source>Keep your edits in the form, on top of the values the server holds now; nothing is sent</source>
        <translation>Conservar sus ediciones en el formulario, sobre los valores que el servidor tiene ahora; no se envía nada</translation>
    </message>
    <message>
        <source>M – male</source>
        <translation>M – masculino</translation>
    </message>
    <message>
        <source>F – female</source>
        <translation>F – femenino</translation>
    </message>
    <message>
        <source>U – unknown</source>
        <translation>U – desconocido</translation>
    </message>
    <message>
        <source>(different values)</source>
        <translation>(valores distintos)</translation>
    </message>
    <message>
        <source>(will be emptied)</source>
        <translation>(se vaciará)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Saved with differences</source>
        <translation>Guardado con diferencias</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>No aplicado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Undo of batch {0}</source>
        <translation>Deshacer el lote {0}</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Batches from files, newest first</source>
        <translation>Lotes desde archivos, el más reciente primero</translation>
    </message>
    <message>
        <source>Select a batch to see its rows, and to undo it.</source>
        <translation>Seleccione un lote para ver sus filas y para deshacerlo.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Undo this &amp;batch…</source>
        <translation>Deshacer este lo&amp;te…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>Already undone by batch {0}.</source>
        <translation>Ya lo deshizo el lote {0}.</translation>
    </message>
    <message>
        <source>Finish (resume) or discard this batch before undoing it.</source>
        <translation>Termine (reanude) o descarte este lote antes de deshacerlo.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reinicio</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Lead nuevo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Before → Stored</source>
        <translation>Antes → Guardado</translation>
    </message>
    <message>
        <source>Before → Will be stored</source>
        <translation>Antes → Se guardará</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Overwritten later</source>
        <translation>Sobrescrito después</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>API user</source>
        <translation>Usuario de la API</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>{0}: {1} → {2} (requested, not read back)</source>
        <translation>{0}: {1} → {2} (solicitado, no se volvió a leer)</translation>
    </message>
    <message>
        <source>{0}: {1} → ≠ {2} (requested {3})</source>
        <translation>{0}: {1} → ≠ {2} (solicitado {3})</translation>
    </message>
    <message>
        <source>Lead deleted (full record kept)</source>
        <translation>Lead eliminado (se conserva el registro completo)</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(sin campo)</translation>
    </message>
    <message>
        <source>Batch {0}, row {1}</source>
        <translation>Lote {0}, fila {1}</translation>
    </message>
    <message>
        <source>Undone by #{0}.</source>
        <translation>Deshecho por #{0}.</translation>
    </message>
    <message>
        <source>Only corrections and undos can be undone.</source>
        <translation>Solo se pueden deshacer las correcciones y los deshacer.</translation>
    </message>
    <message>
        <source>Nothing was changed on the server, so there is nothing to undo.</source>
        <translation>No se cambió nada en el servidor, así que no hay nada que deshacer.</translation>
    </message>
    <message>
        <source>{0} of #{1}</source>
        <translation>{0} de #{1}</translation>
    </message>
    <message>
        <source>Unknown (app stopped before the answer)</source>
        <translation>Desconocido (la aplicación se cerró antes de la respuesta)</translation>
    </message>
    <message>
        <source>{0} · undone by #{1}</source>
        <translation>{0} · deshecho por #{1}</translation>
    </message>
    <message>
        <source>Undone by #{0}</source>
        <translation>Deshecho por #{0}</translation>
    </message>
    <message>
        <source>Shows only the entries of this lead ID; empty shows every lead.</source>
        <translation>Muestra solo las entradas de este ID de lead; vacío muestra todos los leads.</translation>
    </message>
    <message>
        <source>Shows only entries from this day on; “any” sets no limit.</source>
        <translation>Muestra solo las entradas desde este día; “cualquiera” no pone límite.</translation>
    </message>
    <message>
        <source>Shows only entries up to this day; “any” sets no limit.</source>
        <translation>Muestra solo las entradas hasta este día; “cualquiera” no pone límite.</translation>
    </message>
    <message>
        <source>Shows only the changes made as this API user.</source>
        <translation>Muestra solo los cambios hechos con este usuario de la API.</translation>
    </message>
    <message>
        <source>Shows only the changes made through this server profile.</source>
        <translation>Muestra solo los cambios hechos con este perfil de servidor.</translation>
    </message>
    <message>
        <source>Shows only the changes with this outcome, for example the saves overwritten later.</source>
        <translation>Muestra solo los cambios con este resultado, por ejemplo los guardados sobrescritos después.</translation>
    </message>
    <message>
        <source>Every change made from this computer, newest first; select one to see its fields.</source>
        <translation>Cada cambio hecho desde esta computadora, el más reciente primero; seleccione uno para ver sus campos.</translation>
    </message>
    <message>
        <source>Each field of the selected entry: before, requested and stored.</source>
        <translation>Cada campo de la entrada seleccionada: antes, solicitado y guardado.</translation>
    </message>
    <message>
        <source>The server&apos;s own answer to the selected change.</source>
        <translation>La respuesta del propio servidor al cambio seleccionado.</translation>
    </message>
    <message>
        <source>Change journal</source>
        <translation>Bitácora de cambios</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation>Cualquier lead</translation>
    </message>
    <message>
        <source>Filter by lead ID</source>
        <translation>Filtrar por ID de lead</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>Filter by API user</source>
        <translation>Filtrar por usuario de la API</translation>
    </message>
    <message>
        <source>Filter by profile</source>
        <translation>Filtrar por perfil</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Filtrar por resultado</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Lead:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas de la bitácora</translation>
    </message>
    <message>
        <source>Fields of the selected entry</source>
        <translation>Campos de la entrada seleccionada</translation>
    </message>
    <message>
        <source>&amp;Show its batch</source>
        <translation>Mostrar &amp;su lote</translation>
    </message>
    <message>
        <source>Batc&amp;hes from files</source>
        <translation>Lotes desde arch&amp;ivos</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>The server&apos;s answer</source>
        <translation>La respuesta del servidor</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Entrada seleccionada</translation>
    </message>
    <message>
        <source>Server&apos;s answer:</source>
        <translation>Respuesta del servidor:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>U&amp;ndo this change…</source>
        <translation>Deshacer este &amp;cambio…</translation>
    </message>
    <message>
        <source>Open the batch from a file that made this change, with its rows.</source>
        <translation>Abre el lote desde archivo que hizo este cambio, con sus filas.</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>Ca&amp;mbios</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Todos los perfiles</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n entries</source>
        <translation>
            <numerusform>{0} de %n entrada</numerusform>
            <numerusform>{0} de %n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see each field and the server&apos;s answer.</source>
        <translation>Seleccione una entrada para ver cada campo y la respuesta del servidor.</translation>
    </message>
    <message>
        <source>#{0} · {1} · lead {2} · {3} on {4} ({5}) as {6}</source>
        <translation>#{0} · {1} · lead {2} · {3} en {4} ({5}) como {6}</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>not read back</source>
        <translation>no se volvió a leer</translation>
    </message>
    <message>
        <source>The server stored something other than what was requested.</source>
        <translation>El servidor guardó algo distinto de lo que se solicitó.</translation>
    </message>
    <message>
        <source>(no answer recorded)</source>
        <translation>(no se registró respuesta)</translation>
    </message>
    <message>
        <source>Write the values before back, through the same safe checks.</source>
        <translation>Escribir de vuelta los valores anteriores, con las mismas verificaciones de seguridad.</translation>
    </message>
    <message>
        <source>Export journal as CSV</source>
        <translation>Exportar la bitácora como CSV</translation>
    </message>
    <message>
        <source>Step 1 of 5: choose the file and check how it reads</source>
        <translation>Paso 1 de 5: elija el archivo y revise cómo se lee</translation>
    </message>
    <message>
        <source>Step 2 of 5: which lead field each column feeds</source>
        <translation>Paso 2 de 5: qué campo del lead alimenta cada columna</translation>
    </message>
    <message>
        <source>Step 3 of 5: how each row finds its lead</source>
        <translation>Paso 3 de 5: cómo encuentra cada fila su lead</translation>
    </message>
    <message>
        <source>Step 4 of 5: dry run — nothing is written</source>
        <translation>Paso 4 de 5: simulación — no se escribe nada</translation>
    </message>
    <message>
        <source>Step 5 of 5: write the confirmed rows</source>
        <translation>Paso 5 de 5: escribir las filas confirmadas</translation>
    </message>
    <message>
        <source>Correct many leads from a file</source>
        <translation>Corregir muchos leads desde un archivo</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; A&amp;trás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Dry run &gt;</source>
        <translation>Si&amp;mular &gt;</translation>
    </message>
    <message>
        <source>&amp;Review and confirm &gt;</source>
        <translation>&amp;Revisar y confirmar &gt;</translation>
    </message>
    <message>
        <source>Type a name for the template first.</source>
        <translation>Primero escriba un nombre para la plantilla.</translation>
    </message>
    <message>
        <source>Template “{0}” saved.</source>
        <translation>Plantilla “{0}” guardada.</translation>
    </message>
    <message>
        <source>There is no template named “{0}”.</source>
        <translation>No hay ninguna plantilla llamada “{0}”.</translation>
    </message>
    <message>
        <source>Undo batch {0}</source>
        <translation>Deshacer el lote {0}</translation>
    </message>
    <message>
        <source>Undo of batch {0}: its own dry run — nothing is written</source>
        <translation>Deshacer el lote {0}: su propia simulación — no se escribe nada</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Write %n leads</source>
        <translation>
            <numerusform>&amp;Escribir %n lead</numerusform>
            <numerusform>&amp;Escribir %n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume batch {0}</source>
        <translation>Reanudar el lote {0}</translation>
    </message>
    <message>
        <source>Resuming batch {0}: the rows whose outcome is unknown are read back first</source>
        <translation>Reanudando el lote {0}: primero se vuelven a leer las filas con resultado desconocido</translation>
    </message>
    <message>
        <source>Batch {0}</source>
        <translation>Lote {0}</translation>
    </message>
    <message>
        <source>Batch {0} as the journal keeps it (nothing is sent)</source>
        <translation>El lote {0} tal como lo guarda la bitácora (no se envía nada)</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Reanudado.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Re&amp;anudar</translation>
    </message>
    <message>
        <source>Paused: rows already sent finish; nothing more is sent until you resume.</source>
        <translation>En pausa: las filas ya enviadas terminan; no se envía nada más hasta que usted reanude.</translation>
    </message>
    <message>
        <source>Cancelling: rows already sent finish; the rest are not sent and stay open for a resume.</source>
        <translation>Cancelando: las filas ya enviadas terminan; las demás no se envían y quedan pendientes para reanudar.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>Results written to {0}; the rows that need attention to {1}.</source>
        <translation>Resultados escritos en {0}; las filas que requieren atención, en {1}.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Unlock the phone number (sent with update_phone_number=Y)</source>
        <translation>Desbloquear el número de teléfono (se envía con update_phone_number=Y)</translation>
    </message>
    <message>
        <source>Type the corrected value; nothing is sent before you review and confirm.</source>
        <translation>Escriba el valor corregido; no se envía nada antes de que usted lo revise y confirme.</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Blank {0}</source>
        <translation>Vaciar {0}</translation>
    </message>
    <message>
        <source>Empty this field on the server (sent as --BLANK--)</source>
        <translation>Vaciar este campo en el servidor (se envía como --BLANK--)</translation>
    </message>
    <message>
        <source>Ctrl+B blanks this field (empties it on the server).</source>
        <translation>Ctrl+B vacía este campo (lo deja vacío en el servidor).</translation>
    </message>
    <message>
        <source>Revert {0} to the value on the server</source>
        <translation>Devolver {0} al valor del servidor</translation>
    </message>
    <message>
        <source>Revert {0}</source>
        <translation>Devolver {0}</translation>
    </message>
    <message>
        <source>leave as is</source>
        <translation>dejar como está</translation>
    </message>
    <message>
        <source>Not written: each lead keeps its own value unless you change this field</source>
        <translation>No se escribe: cada lead conserva su propio valor, salvo que usted cambie este campo</translation>
    </message>
    <message>
        <source>different values on the leads</source>
        <translation>valores distintos en los leads</translation>
    </message>
    <message>
        <source>Edited; the server holds {0}</source>
        <translation>Editado; el servidor tiene {0}</translation>
    </message>
    <message>
        <source>nothing (empty)</source>
        <translation>nada (vacío)</translation>
    </message>
    <message>
        <source>Will not change: {0}</source>
        <translation>No cambiará: {0}</translation>
    </message>
    <message>
        <source>Will be stored as: {0}</source>
        <translation>Se guardará como: {0}</translation>
    </message>
    <message>
        <source>Search for a lead, then select it in the results.

Its current values appear here. Correct what is wrong, tick Blank to empty a field, and review exactly what will be stored before anything is sent.</source>
        <translation>Busque un lead y luego selecciónelo en los resultados.

Sus valores actuales aparecen aquí. Corrija lo que esté mal, marque Vaciar para dejar un campo vacío y revise exactamente lo que se guardará antes de enviar nada.</translation>
    </message>
    <message>
        <source>Lead details</source>
        <translation>Datos del lead</translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation>Ningún lead seleccionado</translation>
    </message>
    <message>
        <source>Select a lead in the results to see and correct it.</source>
        <translation>Seleccione un lead en los resultados para verlo y corregirlo.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Edit without current values…</source>
        <translation>Editar sin los valores actuales…</translation>
    </message>
    <message>
        <source>Write fields of this lead although its current values could not be read; you acknowledge that before saving</source>
        <translation>Escribir campos de este lead aunque no se pudieron leer sus valores actuales; usted lo confirma antes de guardar</translation>
    </message>
    <message>
        <source>Revert all</source>
        <translation>Deshacer todo</translation>
    </message>
    <message>
        <source>Undo every edit in this form (nothing has been sent)</source>
        <translation>Deshacer cada edición de este formulario (no se ha enviado nada)</translation>
    </message>
    <message>
        <source>Undo revert</source>
        <translation>Deshacer la reversión</translation>
    </message>
    <message>
        <source>Bring back the edits that “Revert all” removed</source>
        <translation>Recuperar las ediciones que quitó “Deshacer todo”</translation>
    </message>
    <message>
        <source>Review and save…</source>
        <translation>Revisar y guardar…</translation>
    </message>
    <message>
        <source>See exactly what will be stored, then confirm (Ctrl+S)</source>
        <translation>Vea exactamente lo que se guardará y luego confirme (Ctrl+S)</translation>
    </message>
    <message numerus="yes">
        <source>One change for %n leads</source>
        <translation>
            <numerusform>Un cambio para %n lead</numerusform>
            <numerusform>Un cambio para %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review and apply to %n leads…</source>
        <translation>
            <numerusform>Revisar y aplicar a %n lead…</numerusform>
            <numerusform>Revisar y aplicar a %n leads…</numerusform>
        </translation>
    </message>
    <message>
        <source>Change phone number</source>
        <translation>Cambiar número de teléfono</translation>
    </message>
    <message>
        <source>Phone number unlocked</source>
        <translation>Número de teléfono desbloqueado</translation>
    </message>
    <message>
        <source>Custom field of list {0}</source>
        <translation>Campo personalizado de la lista {0}</translation>
    </message>
    <message>
        <source>Custom fields (list {0})</source>
        <translation>Campos personalizados (lista {0})</translation>
    </message>
    <message>
        <source>Leads {0}</source>
        <translation>Leads {0}</translation>
    </message>
    <message>
        <source>Phone: one lead at a time</source>
        <translation>Teléfono: un lead a la vez</translation>
    </message>
    <message>
        <source>Several leads are selected: change a phone number on one lead at a time</source>
        <translation>Hay varios leads seleccionados: cambie el número de teléfono de un lead a la vez</translation>
    </message>
    <message>
        <source>Lead {0} · details unavailable</source>
        <translation>Lead {0} · datos no disponibles</translation>
    </message>
    <message>
        <source>The server did not send this lead&apos;s current values, so they cannot be shown or checked.

If it must be corrected now, use “Edit without current values”: the form starts empty, only the fields you fill in are written, and you confirm first that the values could not be checked.</source>
        <translation>El servidor no envió los valores actuales de este lead, así que no se pueden mostrar ni verificar.

Si hay que corregirlo ahora, use “Editar sin los valores actuales”: el formulario empieza vacío, solo se escriben los campos que usted llene, y primero confirma que no se pudieron verificar los valores.</translation>
    </message>
    <message>
        <source>Its current values could not be read.</source>
        <translation>No se pudieron leer sus valores actuales.</translation>
    </message>
    <message>
        <source>Note: the current values of lead {0} could not be read. The fields are empty; fill in only what must change. Nothing else is sent.</source>
        <translation>Nota: no se pudieron leer los valores actuales del lead {0}. Los campos están vacíos; llene solo lo que deba cambiar. No se envía nada más.</translation>
    </message>
    <message>
        <source>Lead {0} · {1}</source>
        <translation>Lead {0} · {1}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>never called</source>
        <translation>nunca llamado</translation>
    </message>
    <message>
        <source>called once</source>
        <translation>llamado una vez</translation>
    </message>
    <message>
        <source> · last call {0}</source>
        <translation> · última llamada {0}</translation>
    </message>
    <message>
        <source>List {0} · status {1} · {2}{3}</source>
        <translation>Lista {0} · estado {1} · {2}{3}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>The current values could not be read. Fill in only what must change; nothing else is sent.</source>
        <translation>No se pudieron leer los valores actuales. Llene solo lo que deba cambiar; no se envía nada más.</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Nota: </translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n fields edited</source>
        <translation>
            <numerusform>%n campo editado</numerusform>
            <numerusform>%n campos editados</numerusform>
        </translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>SANDBOX — a practice server on this computer with sample leads. Nothing you change here touches a real dialer.</source>
        <translation>ENTORNO DE PRUEBA — un servidor de práctica en esta computadora, con leads de ejemplo. Nada de lo que cambie aquí afecta a un marcador real.</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>Modo de prueba</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Ready. Type a phone number, vendor code or lead ID and press Enter.</source>
        <translation>Listo. Escriba un número de teléfono, un código de proveedor o un ID de lead y presione Enter.</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>A workbook: cells are read as the text each one shows.</source>
        <translation>Un libro: las celdas se leen como el texto que muestra cada una.</translation>
    </message>
    <message>
        <source>The file starts with a byte order mark that names its encoding.</source>
        <translation>El archivo empieza con una marca de orden de bytes (BOM) que indica su codificación.</translation>
    </message>
    <message>
        <source>Every byte of the file reads as UTF-8.</source>
        <translation>Cada byte del archivo se lee como UTF-8.</translation>
    </message>
    <message>
        <source>Guessed from the file&apos;s accented letters: check the preview, and change it if wrong.</source>
        <translation>Deducida de las letras con acento del archivo: revise la vista previa y cámbiela si está mal.</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>Elegida por usted.</translation>
    </message>
    <message>
        <source>Correction file</source>
        <translation>Archivo de correcciones</translation>
    </message>
    <message>
        <source>Type the path and press Enter, or choose Browse.</source>
        <translation>Escriba la ruta y presione Enter, o elija Examinar.</translation>
    </message>
    <message>
        <source>A .csv, .tsv or .xlsx file</source>
        <translation>Un archivo .csv, .tsv o .xlsx</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the correction file</source>
        <translation>Elegir el archivo de correcciones</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Codificación del archivo</translation>
    </message>
    <message>
        <source>Detected from the file; change it if the preview looks wrong.</source>
        <translation>Detectada en el archivo; cámbiela si la vista previa se ve mal.</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>Separador de columnas</translation>
    </message>
    <message>
        <source>Detected from the file: comma, semicolon or tab.</source>
        <translation>Detectado en el archivo: coma, punto y coma o tabulador.</translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation>Hoja del libro</translation>
    </message>
    <message>
        <source>The sheet whose rows correct the leads.</source>
        <translation>La hoja cuyas filas corrigen los leads.</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Las primeras filas del archivo</translation>
    </message>
    <message>
        <source>Each cell as the file holds it; rows numbered as in the spreadsheet.</source>
        <translation>Cada celda tal como está en el archivo; filas numeradas como en la hoja de cálculo.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Codificación</translation>
    </message>
    <message>
        <source>&amp;Separator</source>
        <translation>Se&amp;parador</translation>
    </message>
    <message>
        <source>S&amp;heet</source>
        <translation>&amp;Hoja</translation>
    </message>
    <message>
        <source>First rows (row numbers as in the spreadsheet)</source>
        <translation>Primeras filas (números de fila como en la hoja de cálculo)</translation>
    </message>
    <message>
        <source>Correction files (*.csv *.tsv *.txt *.xlsx *.xlsm)</source>
        <translation>Archivos de correcciones (*.csv *.tsv *.txt *.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>&amp;Sign in to a server…</source>
        <translation>&amp;Iniciar sesión en un servidor…</translation>
    </message>
    <message>
        <source>Choose a server profile and sign in</source>
        <translation>Elegir un perfil de servidor e iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Correct many leads from a file…</source>
        <translation>&amp;Corregir muchos leads desde un archivo…</translation>
    </message>
    <message>
        <source>A dry run first, then safe paced writes, with resume and undo</source>
        <translation>Primero una simulación, luego escrituras seguras y pausadas, con reanudar y deshacer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo last save…</source>
        <translation>&amp;Deshacer el último guardado…</translation>
    </message>
    <message>
        <source>Put back the values your last save changed, after a confirmation (Ctrl+Z outside a text field)</source>
        <translation>Restaurar los valores que cambió su último guardado, después de una confirmación (Ctrl+Z fuera de un campo de texto)</translation>
    </message>
    <message>
        <source>Review and &amp;save…</source>
        <translation>Revisar y &amp;guardar…</translation>
    </message>
    <message>
        <source>See exactly what will be stored, then confirm</source>
        <translation>Ver exactamente lo que se guardará y luego confirmar</translation>
    </message>
    <message>
        <source>&amp;Blank the current field</source>
        <translation>&amp;Vaciar el campo actual</translation>
    </message>
    <message>
        <source>Tick or untick Blank for the field that has the focus</source>
        <translation>Marcar o desmarcar «Vaciar» en el campo que tiene el foco</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Change &amp;journal</source>
        <translation>&amp;Bitácora de cambios</translation>
    </message>
    <message>
        <source>Every change made from this computer, with Undo</source>
        <translation>Cada cambio hecho desde esta computadora, con Deshacer</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>Ava&amp;nzado</translation>
    </message>
    <message>
        <source>&amp;Reset lead…</source>
        <translation>&amp;Reiniciar lead…</translation>
    </message>
    <message>
        <source>&amp;Delete lead…</source>
        <translation>&amp;Eliminar lead…</translation>
    </message>
    <message>
        <source>&amp;Add as new lead…</source>
        <translation>&amp;Agregar como lead nuevo…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Lead Editor</source>
        <translation>&amp;Acerca de Lead Editor</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Words used here</source>
        <translation>&amp;Palabras usadas aquí</translation>
    </message>
    <message>
        <source>VICIdial&apos;s terms in plain words</source>
        <translation>Los términos de VICIdial en palabras sencillas</translation>
    </message>
    <message>
        <source>Change journal — sandbox (this session only)</source>
        <translation>Bitácora de cambios — entorno de prueba (solo esta sesión)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Stop waiting (Esc)</source>
        <translation>Dejar de esperar (Esc)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try the last search again</source>
        <translation>Repetir la última búsqueda</translation>
    </message>
    <message>
        <source>Signed in as {0} on {1}</source>
        <translation>Sesión iniciada como {0} en {1}</translation>
    </message>
    <message>
        <source>One change for every selected lead, reviewed lead by lead before anything is sent</source>
        <translation>Un cambio para todos los leads seleccionados, revisado lead por lead antes de enviar nada</translation>
    </message>
    <message>
        <source>Select two or more leads (Ctrl+click, Shift+click), then edit them as one change ({0})</source>
        <translation>Seleccione dos o más leads (Ctrl+clic, Mayús+clic) y luego edítelos como un solo cambio ({0})</translation>
    </message>
    <message>
        <source>The selected leads could not be read; correct them one at a time.</source>
        <translation>No se pudieron leer los leads seleccionados; corríjalos uno a la vez.</translation>
    </message>
    <message>
        <source>Left out, as they could not be read: lead {0}.</source>
        <translation>Se dejaron fuera porque no se pudieron leer: lead {0}.</translation>
    </message>
    <message numerus="yes">
        <source>The change to %n leads is not saved. Discard it?</source>
        <translation>
            <numerusform>El cambio para %n lead no se ha guardado. ¿Descartarlo?</numerusform>
            <numerusform>El cambio para %n leads no se ha guardado. ¿Descartarlo?</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to {0}</source>
        <translation>Ir a {0}</translation>
    </message>
    <message>
        <source>Not signed in to a server yet.</source>
        <translation>Todavía no ha iniciado sesión en un servidor.</translation>
    </message>
    <message>
        <source>This session keeps no journal.</source>
        <translation>Esta sesión no lleva bitácora.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Signed in as {0} on {1}. Type a phone number, vendor code or lead ID and press Enter.</source>
        <translation>Sesión iniciada como {0} en {1}. Escriba un número de teléfono, un código de proveedor o un ID de lead y presione Enter.</translation>
    </message>
    <message>
        <source>Searching {0}…</source>
        <translation>Buscando {0}…</translation>
    </message>
    <message>
        <source>Search cancelled. Nothing was changed.</source>
        <translation>Búsqueda cancelada. No se cambió nada.</translation>
    </message>
    <message>
        <source>Lead {0}: {1} You can still correct it with “Edit without current values”: only what you type is written, after you confirm that its values could not be checked.</source>
        <translation>Lead {0}: {1} Aún puede corregirlo con “Editar sin los valores actuales”: solo se escribe lo que usted escriba, después de confirmar que sus valores no se pudieron verificar.</translation>
    </message>
    <message>
        <source>Lead {0}: {1}</source>
        <translation>Lead {0}: {1}</translation>
    </message>
    <message>
        <source>Reading lead {0}…</source>
        <translation>Leyendo el lead {0}…</translation>
    </message>
    <message>
        <source>Custom fields of lead {0} could not be read: {1}</source>
        <translation>No se pudieron leer los campos personalizados del lead {0}: {1}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Lead {0} has unsaved changes. Discard them?</source>
        <translation>El lead {0} tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Ed&amp;ición</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Lead {lead} was not changed. {why}</source>
        <translation>El lead {lead} no se cambió. {why}</translation>
    </message>
    <message>
        <source>Nothing was changed. {why}</source>
        <translation>No se cambió nada. {why}</translation>
    </message>
    <message>
        <source>Your change was applied.</source>
        <translation>Su cambio se aplicó.</translation>
    </message>
    <message>
        <source>Your change was not applied.</source>
        <translation>Su cambio no se aplicó.</translation>
    </message>
    <message>
        <source>Whether your change was applied is still unknown.</source>
        <translation>Todavía no se sabe si su cambio se aplicó.</translation>
    </message>
    <message>
        <source>The lead could not be read back.</source>
        <translation>No se pudo volver a leer el lead.</translation>
    </message>
    <message>
        <source>Some fields hold your values and others the old ones: the lead was changed by someone else meanwhile.</source>
        <translation>Algunos campos tienen sus valores y otros los anteriores: otra persona cambió el lead mientras tanto.</translation>
    </message>
    <message>
        <source>The lead holds the values you asked for.</source>
        <translation>El lead tiene los valores que usted pidió.</translation>
    </message>
    <message>
        <source>Some fields have been changed again since, by someone else.</source>
        <translation>Desde entonces, otra persona volvió a cambiar algunos campos.</translation>
    </message>
    <message>
        <source>The lead still holds the values it had before: your change was not applied.</source>
        <translation>El lead sigue con los valores que tenía antes: su cambio no se aplicó.</translation>
    </message>
    <message>
        <source>Some fields were changed by someone else meanwhile.</source>
        <translation>Otra persona cambió algunos campos mientras tanto.</translation>
    </message>
    <message>
        <source>The lead holds the values you asked for. They were already so before, so whether this request wrote them cannot be told, and it does not matter.</source>
        <translation>El lead tiene los valores que usted pidió. Ya estaban así antes, así que no se puede saber si esta solicitud los escribió, y no importa.</translation>
    </message>
    <message>
        <source>The lead holds neither the old values nor yours: someone else changed it meanwhile.</source>
        <translation>El lead no tiene ni los valores anteriores ni los suyos: otra persona lo cambió mientras tanto.</translation>
    </message>
    <message>
        <source>Some fields could not be read back.</source>
        <translation>No se pudieron volver a leer algunos campos.</translation>
    </message>
    <message>
        <source>holds your value</source>
        <translation>tiene su valor</translation>
    </message>
    <message>
        <source>still the old value</source>
        <translation>sigue con el valor anterior</translation>
    </message>
    <message>
        <source>cannot tell (same before and after)</source>
        <translation>no se puede saber (igual antes y después)</translation>
    </message>
    <message>
        <source>changed by someone else</source>
        <translation>cambiado por otra persona</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>Lead {0}: the server&apos;s answer was lost</source>
        <translation>Lead {0}: se perdió la respuesta del servidor</translation>
    </message>
    <message>
        <source>The connection failed after your change to lead {0} was sent, so the server&apos;s answer never arrived. Lead Editor does not send a change twice blindly: it reads the lead back to find out what happened.</source>
        <translation>La conexión falló después de enviar su cambio al lead {0}, así que la respuesta del servidor nunca llegó. Lead Editor no envía un cambio dos veces a ciegas: vuelve a leer el lead para saber qué pasó.</translation>
    </message>
    <message>
        <source>What each changed field holds now</source>
        <translation>Lo que tiene ahora cada campo cambiado</translation>
    </message>
    <message>
        <source>You asked for</source>
        <translation>Usted pidió</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>Ahora en el servidor</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Verificar de nuevo</translation>
    </message>
    <message>
        <source>Read the lead again. Nothing is sent to change it.</source>
        <translation>Leer el lead otra vez. No se envía nada para cambiarlo.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reading lead {0} back…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Volviendo a leer el lead {0}…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checking what the server holds now.</source>
        <translation>Verificando lo que tiene ahora el servidor.</translation>
    </message>
    <message>
        <source>The lead could not be read: {0} Try “Check again” in a moment; do not send the change again before you know.</source>
        <translation>No se pudo leer el lead: {0} Pruebe “Verificar de nuevo” en un momento; no vuelva a enviar el cambio antes de saberlo.</translation>
    </message>
    <message>
        <source>You can save it again from the form; it will be checked first.</source>
        <translation>Puede guardarlo otra vez desde el formulario; primero se verificará.</translation>
    </message>
    <message>
        <source>Use “Check again” in a moment.</source>
        <translation>Use “Verificar de nuevo” en un momento.</translation>
    </message>
    <message>
        <source>(stored as {0})</source>
        <translation>(guardado como {0})</translation>
    </message>
    <message>
        <source>1 saved</source>
        <translation>1 guardado</translation>
    </message>
    <message>
        <source>1 saved with differences</source>
        <translation>1 guardado con diferencias</translation>
    </message>
    <message>
        <source>1 not applied</source>
        <translation>1 no aplicado</translation>
    </message>
    <message>
        <source>1 unknown</source>
        <translation>1 desconocido</translation>
    </message>
    <message>
        <source>1 failed</source>
        <translation>1 falló</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 en conflicto</translation>
    </message>
    <message>
        <source>1 skipped</source>
        <translation>1 omitido</translation>
    </message>
    <message>
        <source>1 as requested</source>
        <translation>1 como se pidió</translation>
    </message>
    <message numerus="yes">
        <source>%n saved</source>
        <translation>
            <numerusform>%n guardado</numerusform>
            <numerusform>%n guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved with differences</source>
        <translation>
            <numerusform>%n guardado con diferencias</numerusform>
            <numerusform>%n guardados con diferencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied</source>
        <translation>
            <numerusform>%n no aplicado</numerusform>
            <numerusform>%n no aplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n en conflicto</numerusform>
            <numerusform>%n en conflicto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n as requested</source>
        <translation>
            <numerusform>%n como se pidió</numerusform>
            <numerusform>%n como se pidió</numerusform>
        </translation>
    </message>
    <message>
        <source>saved</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>saved with differences</source>
        <translation>guardado con diferencias</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>no aplicado</translation>
    </message>
    <message numerus="yes">
        <source>Applying one change to %n leads, each by its lead ID.</source>
        <translation>
            <numerusform>Aplicando un cambio a %n lead, por su ID de lead.</numerusform>
            <numerusform>Aplicando un cambio a %n leads, cada uno por su ID de lead.</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>as requested</source>
        <translation>como se pidió</translation>
    </message>
    <message>
        <source>As requested</source>
        <translation>Como se pidió</translation>
    </message>
    <message>
        <source>Leads done</source>
        <translation>Leads terminados</translation>
    </message>
    <message>
        <source>%v of %m leads</source>
        <translation>%v de %m leads</translation>
    </message>
    <message>
        <source>Stop after the lead being written now; leads not started are skipped.</source>
        <translation>Detenerse después del lead que se está escribiendo; los leads no iniciados se omiten.</translation>
    </message>
    <message>
        <source>Outcome per lead</source>
        <translation>Resultado por lead</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Cancelled before this lead was started.</source>
        <translation>Cancelado antes de empezar este lead.</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Cancelado. </translation>
    </message>
    <message>
        <source>Done. </source>
        <translation>Listo. </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Whole system</source>
        <translation>Todo el sistema</translation>
    </message>
    <message>
        <source>Campaign of a list</source>
        <translation>Campaña de una lista</translation>
    </message>
    <message>
        <source>One list</source>
        <translation>Una lista</translation>
    </message>
    <message>
        <source>Unknown (assume off)</source>
        <translation>Desconocido (se supone apagado)</translation>
    </message>
    <message>
        <source>Yes: letters of every alphabet are kept</source>
        <translation>Sí: se conservan las letras de todos los alfabetos</translation>
    </message>
    <message>
        <source>No: accented and non-Latin letters are removed</source>
        <translation>No: se eliminan las letras con acento y las no latinas</translation>
    </message>
    <message>
        <source>The saved server profiles; the form on the right edits the selected one.</source>
        <translation>Los perfiles de servidor guardados; el formulario de la derecha edita el seleccionado.</translation>
    </message>
    <message>
        <source>A name you choose for this server, shown when signing in.</source>
        <translation>Un nombre que usted elige para este servidor; se muestra al iniciar sesión.</translation>
    </message>
    <message>
        <source>The address of the VICIdial web server, for example https://dialer.example.com.</source>
        <translation>La dirección del servidor web de VICIdial, por ejemplo https://dialer.example.com.</translation>
    </message>
    <message>
        <source>The VICIdial user the API calls are made as.</source>
        <translation>El usuario de VICIdial con el que se hacen las llamadas a la API.</translation>
    </message>
    <message>
        <source>Checks that the server is who it says it is; leave it on.</source>
        <translation>Verifica que el servidor sea quien dice ser; déjelo activado.</translation>
    </message>
    <message>
        <source>Optional: the certificate file of your company&apos;s own certificate authority.</source>
        <translation>Opcional: el archivo de certificado de la autoridad de certificación propia de su empresa.</translation>
    </message>
    <message>
        <source>Seconds to wait for the server to accept a connection.</source>
        <translation>Segundos de espera para que el servidor acepte una conexión.</translation>
    </message>
    <message>
        <source>Seconds to wait for the server&apos;s answer.</source>
        <translation>Segundos de espera para la respuesta del servidor.</translation>
    </message>
    <message>
        <source>Whether the server keeps accented and non-Latin letters; decides the previews.</source>
        <translation>Si el servidor conserva las letras con acento y no latinas; de esto dependen las vistas previas.</translation>
    </message>
    <message>
        <source>Where a new search looks unless you choose otherwise.</source>
        <translation>Dónde busca una búsqueda nueva, salvo que usted elija otra cosa.</translation>
    </message>
    <message>
        <source>The list a list or campaign search uses unless you type another.</source>
        <translation>La lista que usa una búsqueda por lista o por campaña, salvo que usted escriba otra.</translation>
    </message>
    <message>
        <source>Keeps the password in the system&apos;s keyring, never in a file.</source>
        <translation>Guarda la contraseña en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>Perfiles de servidor</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>No server profile yet. Fill in the form and press “Save profile” to add the first one.</source>
        <translation>Aún no hay ningún perfil de servidor. Rellene el formulario y pulse «Guardar perfil» para añadir el primero.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ej., Producción</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>https://dialer.example.com</source>
        <translation>https://dialer.example.com</translation>
    </message>
    <message>
        <source>API &amp;user:</source>
        <translation>&amp;Usuario de la API:</translation>
    </message>
    <message>
        <source>the VICIdial user for the API</source>
        <translation>el usuario de VICIdial para la API</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate (recommended)</source>
        <translation>&amp;Verificar el certificado del servidor (recomendado)</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>system certificates (optional: a company CA file)</source>
        <translation>certificados del sistema (opcional: un archivo de CA de la empresa)</translation>
    </message>
    <message>
        <source>CA bundle file</source>
        <translation>Archivo de CA</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Certificado de CA:</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Tiempo de espera de conexión</translation>
    </message>
    <message>
        <source>Read timeout</source>
        <translation>Tiempo de espera de lectura</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lectura</translation>
    </message>
    <message>
        <source>Timeouts:</source>
        <translation>Tiempos de espera:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>Dupl&amp;icar</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>Letters and digits only, 2 to 20 of them.</source>
        <translation>Solo letras y dígitos, de 2 a 20.</translation>
    </message>
    <message>
        <source>Server&apos;s non-latin setting</source>
        <translation>Opción non-latin del servidor</translation>
    </message>
    <message>
        <source>Non-&amp;latin setting:</source>
        <translation>Opción non-&amp;latin:</translation>
    </message>
    <message>
        <source>VICIdial&apos;s “non-latin” system setting decides which characters survive in names, addresses and most other fields. When it is off, the server removes every accented or non-Latin letter (“José Muñoz” is stored as “Jos Muoz”); when it is on, letters of any script are kept. The previews use this setting to show what will really be stored. If you do not know, leave it on Unknown: the previews then assume the stricter setting and warn about accents.</source>
        <translation>La opción de sistema “non-latin” de VICIdial decide qué caracteres se conservan en nombres, direcciones y la mayoría de los demás campos. Si está apagada, el servidor elimina toda letra con acento o no latina (“José Muñoz” se guarda como “Jos Muoz”); si está encendida, se conservan las letras de cualquier alfabeto. Las vistas previas usan esta opción para mostrar lo que realmente se guardará. Si no lo sabe, déjela en Desconocido: las vistas previas suponen entonces la opción más estricta y avisan de los acentos.</translation>
    </message>
    <message>
        <source>Default search scope</source>
        <translation>Alcance de búsqueda predeterminado</translation>
    </message>
    <message>
        <source>Default list ID</source>
        <translation>ID de lista predeterminado</translation>
    </message>
    <message>
        <source>list ID</source>
        <translation>ID de lista</translation>
    </message>
    <message>
        <source>Default sco&amp;pe:</source>
        <translation>Alcance prede&amp;terminado:</translation>
    </message>
    <message>
        <source>Re&amp;member password</source>
        <translation>&amp;Recordar contraseña</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Remembered passwords are kept in {store}, never in Lead Editor&apos;s settings file.</source>
        <translation>Las contraseñas recordadas se guardan en {store}, nunca en el archivo de configuración de Lead Editor.</translation>
    </message>
    <message>
        <source>only to test the connection</source>
        <translation>solo para probar la conexión</translation>
    </message>
    <message>
        <source>Password to test the connection with</source>
        <translation>Contraseña para probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar la conexión</translation>
    </message>
    <message>
        <source>Test with pass&amp;word:</source>
        <translation>Probar con la contra&amp;seña:</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Save and use this profile</source>
        <translation>Guardar y usar este perfil</translation>
    </message>
    <message>
        <source>Saves the form first (like “Save profile”), then signs in with it</source>
        <translation>Primero guarda el formulario (como «Guardar perfil») y luego inicia sesión con él</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>⚠ Certificate verification is OFF for this profile. Anyone between you and the server can pretend to be it and read the password. Choose the company&apos;s CA file instead.</source>
        <translation>⚠ La verificación de certificados está DESACTIVADA en este perfil. Cualquiera entre usted y el servidor puede hacerse pasar por él y leer la contraseña. Mejor elija el archivo de CA de la empresa.</translation>
    </message>
    <message>
        <source>This address uses plain http://: the password crosses the network unencrypted.</source>
        <translation>Esta dirección usa http:// simple: la contraseña viaja por la red sin cifrar.</translation>
    </message>
    <message>
        <source>Turn off certificate verification?</source>
        <translation>¿Desactivar la verificación de certificados?</translation>
    </message>
    <message>
        <source>Turn off certificate verification for this profile?</source>
        <translation>¿Desactivar la verificación de certificados en este perfil?</translation>
    </message>
    <message>
        <source>Lead Editor will then accept any certificate, including one from an attacker who could read the API password and every lead. Prefer choosing the company&apos;s CA certificate file.</source>
        <translation>Lead Editor aceptará entonces cualquier certificado, incluso uno de un atacante que podría leer la contraseña de la API y todos los leads. Es preferible elegir el archivo de certificado de CA de la empresa.</translation>
    </message>
    <message>
        <source>Turn verification off</source>
        <translation>Desactivar la verificación</translation>
    </message>
    <message>
        <source>Keep verifying</source>
        <translation>Seguir verificando</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Elegir el archivo de certificado de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificados (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>Ya hay otro perfil con este nombre.</translation>
    </message>
    <message>
        <source>The CA certificate file does not exist.</source>
        <translation>El archivo de certificado de CA no existe.</translation>
    </message>
    <message>
        <source>Type the password to test the connection with.</source>
        <translation>Escriba la contraseña con la que desea probar la conexión.</translation>
    </message>
    <message>
        <source>Press “Test connection” again to send it anyway.</source>
        <translation>Presione “Probar la conexión” otra vez para enviar la prueba de todos modos.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Connected to {host} as {user}: the password is right and the user may update leads.</source>
        <translation>Conectado a {host} como {user}: la contraseña es correcta y el usuario puede actualizar leads.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Quitar perfil</translation>
    </message>
    <message>
        <source>Remove the profile “{name}” and its saved password?</source>
        <translation>¿Quitar el perfil “{name}” y su contraseña guardada?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Would update</source>
        <translation>Se actualizaría</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Entry list</source>
        <translation>Lista de entrada</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Vendor code</source>
        <translation>Código de proveedor</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The lead the server itself would update for this search</source>
        <translation>El lead que el propio servidor actualizaría con esta búsqueda</translation>
    </message>
    <message>
        <source>(details unavailable)</source>
        <translation>(datos no disponibles)</translation>
    </message>
    <message>
        <source>The server would update this lead: it is the one update_lead finds first.</source>
        <translation>El servidor actualizaría este lead: es el primero que encuentra update_lead.</translation>
    </message>
    <message>
        <source>Server would update this lead</source>
        <translation>El servidor actualizaría este lead</translation>
    </message>
    <message>
        <source>Not the server&apos;s pick</source>
        <translation>No es el que elige el servidor</translation>
    </message>
    <message>
        <source>Search for a lead by phone number, vendor code or lead ID.</source>
        <translation>Busque un lead por número de teléfono, código de proveedor o ID de lead.</translation>
    </message>
    <message>
        <source>Matching leads</source>
        <translation>Leads que coinciden</translation>
    </message>
    <message>
        <source>Every lead that matches the search, one per row; the column “Server” says which one the server itself would update.</source>
        <translation>Cada lead que coincide con la búsqueda, uno por fila; la columna “Servidor” indica cuál actualizaría el propio servidor.</translation>
    </message>
    <message>
        <source>Add as new lead…</source>
        <translation>Agregar como lead nuevo…</translation>
    </message>
    <message>
        <source>No lead has this phone number: add one (insert_if_not_found)</source>
        <translation>Ningún lead tiene este número de teléfono: agregue uno (insert_if_not_found)</translation>
    </message>
    <message>
        <source>Lead ID</source>
        <translation>ID de lead</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>p. ej., 1</translation>
    </message>
    <message>
        <source>Vendor lead code</source>
        <translation>Código de proveedor (vendor lead code)</translation>
    </message>
    <message>
        <source>e.g. VLC1001</source>
        <translation>p. ej., VLC1001</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>digits, e.g. 3125550100</source>
        <translation>dígitos, p. ej., 3125550100</translation>
    </message>
    <message>
        <source>Digits only: finds the lead with exactly this ID.</source>
        <translation>Solo dígitos: encuentra el lead con exactamente este ID.</translation>
    </message>
    <message>
        <source>The code the lead came with from its vendor, matched exactly.</source>
        <translation>El código con el que llegó el lead de su proveedor; debe coincidir exactamente.</translation>
    </message>
    <message>
        <source>Digits; spaces, dashes, dots and brackets are ignored.</source>
        <translation>Dígitos; se ignoran espacios, guiones, puntos y paréntesis.</translation>
    </message>
    <message>
        <source>Match each row&apos;s lead by</source>
        <translation>Encontrar el lead de cada fila por</translation>
    </message>
    <message>
        <source>The column that finds each lead: lead ID, vendor code or phone.</source>
        <translation>La columna que encuentra cada lead: ID de lead, código de proveedor o teléfono.</translation>
    </message>
    <message>
        <source>Where to look</source>
        <translation>Dónde buscar</translation>
    </message>
    <message>
        <source>The whole system, the campaign of a list, or one list.</source>
        <translation>Todo el sistema, la campaña de una lista o una sola lista.</translation>
    </message>
    <message>
        <source>List ID</source>
        <translation>ID de lista</translation>
    </message>
    <message>
        <source>e.g. 101</source>
        <translation>p. ej., 101</translation>
    </message>
    <message>
        <source>Text that empties a field</source>
        <translation>Texto que vacía un campo</translation>
    </message>
    <message>
        <source>A cell holding exactly this text empties its field; an empty cell leaves the field alone.</source>
        <translation>Una celda que contiene exactamente este texto vacía su campo; una celda vacía deja el campo como está.</translation>
    </message>
    <message>
        <source>Problems to fix before the dry run</source>
        <translation>Problemas por corregir antes de la simulación</translation>
    </message>
    <message>
        <source>&amp;Match by</source>
        <translation>&amp;Coincidir por</translation>
    </message>
    <message>
        <source>Blank &amp;token</source>
        <translation>Marca para &amp;vaciar</translation>
    </message>
    <message>
        <source>An empty cell leaves its field alone; a cell holding the blank token empties the field (where the server can). Several leads for one key are never guessed: you pick one in the dry run.</source>
        <translation>Una celda vacía deja su campo como está; una celda con la marca para vaciar vacía el campo (donde el servidor puede). Nunca se adivina entre varios leads con la misma clave: usted elige uno en la simulación.</translation>
    </message>
    <message>
        <source>Needed to search one list or a campaign: 3 or more digits.</source>
        <translation>Se necesita para buscar en una lista o en una campaña: 3 dígitos o más.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;Lead ID</source>
        <translation>ID de &amp;lead</translation>
    </message>
    <message>
        <source>Vendor lead &amp;code</source>
        <translation>Código de &amp;proveedor</translation>
    </message>
    <message>
        <source>Match by</source>
        <translation>Coincidir por</translation>
    </message>
    <message>
        <source>Look &amp;in</source>
        <translation>Buscar &amp;en</translation>
    </message>
    <message>
        <source>List I&amp;D</source>
        <translation>I&amp;D de lista</translation>
    </message>
    <message>
        <source>The server tries these in a fixed order: lead ID, then vendor code, then phone number, and uses the first that finds a lead (not all of them).</source>
        <translation>El servidor los prueba en un orden fijo: ID de lead, luego código de proveedor, luego número de teléfono, y usa el primero que encuentra un lead (no todos).</translation>
    </message>
    <message>
        <source>Match by {0}</source>
        <translation>Coincidir por {0}</translation>
    </message>
    <message>
        <source>The server tries lead ID, then vendor code, then phone number, and uses the first that finds a lead.</source>
        <translation>El servidor prueba el ID de lead, luego el código de proveedor, luego el número de teléfono, y usa el primero que encuentra un lead.</translation>
    </message>
    <message>
        <source>Required: the list (or the list whose campaign) to search in.</source>
        <translation>Obligatorio: la lista (o la lista de cuya campaña) donde buscar.</translation>
    </message>
    <message>
        <source>Only needed to search one list or a campaign.</source>
        <translation>Solo se necesita para buscar en una lista o en una campaña.</translation>
    </message>
    <message>
        <source>Phone number: only the digits 0-9 are accepted (with spaces, dashes, dots, brackets and +); what was just typed or pasted was left out.</source>
        <translation>Número de teléfono: solo se aceptan los dígitos 0-9 (con espacios, guiones, puntos, paréntesis y +); lo que acaba de escribir o pegar se dejó fuera.</translation>
    </message>
    <message>
        <source>List ID: only the digits 0-9 are accepted; what was just typed or pasted was left out.</source>
        <translation>ID de lista: solo se aceptan los dígitos 0-9; lo que acaba de escribir o pegar se dejó fuera.</translation>
    </message>
    <message>
        <source>Lead ID: only the digits 0-9 are accepted; what was just typed or pasted was left out.</source>
        <translation>ID de lead: solo se aceptan los dígitos 0-9; lo que acaba de escribir o pegar se dejó fuera.</translation>
    </message>
    <message>
        <source>Sign in – Lead Editor</source>
        <translation>Iniciar sesión – Lead Editor</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in to a VICIdial server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Iniciar sesión en un servidor VICIdial&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Perfil de servidor</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfiles…</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Administrar perfiles</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;erfil:</translation>
    </message>
    <message>
        <source>⚠ Certificate verification is OFF for this profile: the password could be intercepted.</source>
        <translation>⚠ La verificación de certificados está DESACTIVADA en este perfil: la contraseña podría ser interceptada.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Choose &amp;CA file…</source>
        <translation>Elegir archivo de &amp;CA…</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>No profile yet: add one with “Profiles…”.</source>
        <translation>Todavía no hay perfiles: agregue uno con “Perfiles…”.</translation>
    </message>
    <message>
        <source>secure connection; certificate checked</source>
        <translation>conexión segura; certificado verificado</translation>
    </message>
    <message>
        <source>plain http: not encrypted</source>
        <translation>http simple: sin cifrar</translation>
    </message>
    <message>
        <source>certificate checked against {file}</source>
        <translation>certificado verificado con {file}</translation>
    </message>
    <message>
        <source>User {user} at {url} ({security})</source>
        <translation>Usuario {user} en {url} ({security})</translation>
    </message>
    <message>
        <source>A remembered password is kept in {store}; never in a file.</source>
        <translation>Una contraseña recordada se guarda en {store}; nunca en un archivo.</translation>
    </message>
    <message>
        <source>No keyring on this computer can keep a password: type it at each sign-in.</source>
        <translation>Ningún llavero de esta computadora puede guardar una contraseña: escríbala en cada inicio de sesión.</translation>
    </message>
    <message>
        <source>No keyring on this computer can keep a password.</source>
        <translation>Ningún llavero de esta computadora puede guardar una contraseña.</translation>
    </message>
    <message>
        <source>this computer&apos;s keyring</source>
        <translation>el llavero de esta computadora</translation>
    </message>
    <message>
        <source>The server profile to sign in with; Profiles… adds or changes one.</source>
        <translation>El perfil de servidor con el que se inicia sesión; Perfiles… agrega o cambia uno.</translation>
    </message>
    <message>
        <source>The password of the profile&apos;s API user; it is sent only to the server.</source>
        <translation>La contraseña del usuario de la API del perfil; solo se envía al servidor.</translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation>Detalles: {detail}</translation>
    </message>
    <message>
        <source>&amp;Sign in anyway</source>
        <translation>&amp;Iniciar sesión de todos modos</translation>
    </message>
    <message>
        <source>Type the password of user {user}.</source>
        <translation>Escriba la contraseña del usuario {user}.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Signed in; the password is kept for this session only.</source>
        <translation>Sesión iniciada; la contraseña se conserva solo durante esta sesión.</translation>
    </message>
    <message>
        <source>This profile now trusts certificates issued by {file}. Sign in again.</source>
        <translation>Este perfil ahora confía en los certificados emitidos por {file}. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Add a profile for your VICIdial server: its address and the API user.</source>
        <translation>Agregue un perfil para su servidor VICIdial: su dirección y el usuario de la API.</translation>
    </message>
    <message>
        <source>There is no profile named “{name}”. Choose or add one.</source>
        <translation>No hay ningún perfil llamado “{name}”. Elija o agregue uno.</translation>
    </message>
    <message>
        <source>Signing in to {profile} as {user}…</source>
        <translation>Iniciando sesión en {profile} como {user}…</translation>
    </message>
    <message>
        <source>The server said: “{text}”</source>
        <translation>El servidor dijo: “{text}”</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>No se pudo iniciar sesión</translation>
    </message>
    <message>
        <source>User {user} needs two-factor authentication, which the API cannot complete. Ask the administrator to exempt this API user.</source>
        <translation>El usuario {user} necesita autenticación de dos factores, que la API no puede completar. Pida al administrador que exima a este usuario de la API.</translation>
    </message>
    <message>
        <source>The server does not accept API calls for user {user} from this computer&apos;s address. Ask the administrator to allow it.</source>
        <translation>El servidor no acepta llamadas a la API del usuario {user} desde la dirección de esta computadora. Pida al administrador que la permita.</translation>
    </message>
    <message>
        <source>The password can contain only letters, digits, - and _ for the VICIdial API: it strips anything else, so this password could never sign in. Nothing was sent.</source>
        <translation>Para la API de VICIdial, la contraseña solo puede tener letras, dígitos, - y _: la API elimina todo lo demás, así que esta contraseña nunca podría iniciar sesión. No se envió nada.</translation>
    </message>
    <message>
        <source>The user name can contain only letters, digits, - and _ for the VICIdial API: it strips anything else, so this user name could never sign in. Nothing was sent.</source>
        <translation>Para la API de VICIdial, el nombre de usuario solo puede tener letras, dígitos, - y _: la API elimina todo lo demás, así que este nombre de usuario nunca podría iniciar sesión. No se envió nada.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password of user {user}. After ten failed attempts it locks the user out for 15 minutes.</source>
        <translation>El servidor no aceptó el nombre de usuario o la contraseña del usuario {user}. Después de diez intentos fallidos bloquea al usuario durante 15 minutos.</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Usuario bloqueado</translation>
    </message>
    <message>
        <source>The server has locked user {user} out after too many failed sign-ins. Try again in 15 minutes.</source>
        <translation>El servidor bloqueó al usuario {user} por demasiados inicios de sesión fallidos. Vuelva a intentarlo en 15 minutos.</translation>
    </message>
    <message>
        <source>user level 8 or more, API access and permission to modify leads</source>
        <translation>nivel de usuario 8 o más, acceso a la API y permiso para modificar leads</translation>
    </message>
    <message>
        <source>user level 7 or more, API access, permission to modify leads and to view reports</source>
        <translation>nivel de usuario 7 o más, acceso a la API, permiso para modificar leads y para ver reportes</translation>
    </message>
    <message>
        <source>user level 7 or more, API access and permission to modify leads</source>
        <translation>nivel de usuario 7 o más, acceso a la API y permiso para modificar leads</translation>
    </message>
    <message>
        <source>the matching permissions</source>
        <translation>los permisos correspondientes</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>User {user} may not use the API function {function}. Ask an administrator to add it to the user&apos;s allowed API functions.</source>
        <translation>El usuario {user} no puede usar la función de la API {function}. Pida a un administrador que la agregue a las funciones de la API permitidas del usuario.</translation>
    </message>
    <message>
        <source>The user group of {user} does not exist on the server. Ask an administrator to fix the user&apos;s group.</source>
        <translation>El grupo de usuarios de {user} no existe en el servidor. Pida a un administrador que corrija el grupo del usuario.</translation>
    </message>
    <message>
        <source>User {user} may not use {function}: it needs {needs}. Ask an administrator for it.</source>
        <translation>El usuario {user} no puede usar {function}: necesita {needs}. Pídaselo a un administrador.</translation>
    </message>
    <message>
        <source>Lead not found</source>
        <translation>Lead no encontrado</translation>
    </message>
    <message>
        <source>Lead {lead} does not exist, or is not in a list this user may change; nothing was changed.</source>
        <translation>El lead {lead} no existe, o no está en una lista que este usuario pueda cambiar; no se cambió nada.</translation>
    </message>
    <message>
        <source>Lead {lead} does not exist on the server.</source>
        <translation>El lead {lead} no existe en el servidor.</translation>
    </message>
    <message>
        <source>The server found no such lead.</source>
        <translation>El servidor no encontró ese lead.</translation>
    </message>
    <message>
        <source>List not allowed</source>
        <translation>Lista no permitida</translation>
    </message>
    <message>
        <source>List {list} is not one of the lists this user may search.</source>
        <translation>La lista {list} no es una de las listas en las que este usuario puede buscar.</translation>
    </message>
    <message>
        <source>List {list} is not one this user may add leads to.</source>
        <translation>La lista {list} no es una a la que este usuario pueda agregar leads.</translation>
    </message>
    <message>
        <source>List {list} does not exist; lead {lead} was not moved and nothing was changed.</source>
        <translation>La lista {list} no existe; el lead {lead} no se movió y no se cambió nada.</translation>
    </message>
    <message>
        <source>Lead {lead} is in list {list}, which this user may not change; nothing was changed.</source>
        <translation>El lead {lead} está en la lista {list}, que este usuario no puede cambiar; no se cambió nada.</translation>
    </message>
    <message>
        <source>Lead {lead} is in a list this user may not change; nothing was changed.</source>
        <translation>El lead {lead} está en una lista que este usuario no puede cambiar; no se cambió nada.</translation>
    </message>
    <message>
        <source>Lead {lead} is in a list this user may not read (outside the user group&apos;s campaigns, or the list was deleted).</source>
        <translation>El lead {lead} está en una lista que este usuario no puede leer (fuera de las campañas del grupo de usuarios, o la lista se eliminó).</translation>
    </message>
    <message>
        <source>Search not sent</source>
        <translation>Búsqueda no enviada</translation>
    </message>
    <message>
        <source>Give a lead ID, vendor lead code or phone number for the chosen way of matching.</source>
        <translation>Indique un ID de lead, un código de proveedor o un número de teléfono para la forma de coincidencia elegida.</translation>
    </message>
    <message>
        <source>A lead ID must be a positive whole number.</source>
        <translation>Un ID de lead debe ser un número entero positivo.</translation>
    </message>
    <message>
        <source>A vendor lead code cannot contain ; # or &quot; (the server strips them, so no stored code has them).</source>
        <translation>Un código de proveedor no puede contener ; # ni &quot; (el servidor los elimina, así que ningún código guardado los tiene).</translation>
    </message>
    <message>
        <source>A phone number may contain only digits (spaces, dashes, dots and brackets are ignored).</source>
        <translation>Un número de teléfono solo puede contener dígitos (se ignoran espacios, guiones, puntos y paréntesis).</translation>
    </message>
    <message>
        <source>A phone number must have 6 to {longest} digits.</source>
        <translation>Un número de teléfono debe tener de 6 a {longest} dígitos.</translation>
    </message>
    <message>
        <source>The server found no usable search key in this search.</source>
        <translation>El servidor no encontró ninguna clave de búsqueda utilizable en esta búsqueda.</translation>
    </message>
    <message>
        <source>The server refused to read the field {field} of lead {lead}.</source>
        <translation>El servidor se negó a leer el campo {field} del lead {lead}.</translation>
    </message>
    <message>
        <source>The server did not accept lead ID {lead}; nothing was changed.</source>
        <translation>El servidor no aceptó el ID de lead {lead}; no se cambió nada.</translation>
    </message>
    <message>
        <source>A campaign search needs a list ID of at least 3 digits (100 or more); otherwise the server would search the whole system.</source>
        <translation>Una búsqueda por campaña necesita un ID de lista de al menos 3 dígitos (100 o más); si no, el servidor buscaría en todo el sistema.</translation>
    </message>
    <message>
        <source>A list search needs a list ID of at least 3 digits (100 or more); otherwise the server would search the whole system.</source>
        <translation>Una búsqueda por lista necesita un ID de lista de al menos 3 dígitos (100 o más); si no, el servidor buscaría en todo el sistema.</translation>
    </message>
    <message>
        <source>The search is not complete.</source>
        <translation>La búsqueda no está completa.</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>The server failed while reading lead {lead} (HTTP 500). On PHP 8 VICIdial cannot read a lead holding an apostrophe or a backslash in one piece; it can still be read field by field.</source>
        <translation>El servidor falló al leer el lead {lead} (HTTP 500). Con PHP 8, VICIdial no puede leer de una sola vez un lead que tenga un apóstrofo o una barra invertida; aún se puede leer campo por campo.</translation>
    </message>
    <message>
        <source>The server failed while reading the leads with this phone number (HTTP 500). On PHP 8 VICIdial cannot read a lead holding an apostrophe or a backslash in one piece; each can still be read field by field.</source>
        <translation>El servidor falló al leer los leads con este número de teléfono (HTTP 500). Con PHP 8, VICIdial no puede leer de una sola vez un lead que tenga un apóstrofo o una barra invertida; cada uno aún se puede leer campo por campo.</translation>
    </message>
    <message>
        <source>There is no VICIdial API at this address (HTTP 404). Check the server address in the profile.</source>
        <translation>No hay una API de VICIdial en esta dirección (HTTP 404). Revise la dirección del servidor en el perfil.</translation>
    </message>
    <message>
        <source>The server is unavailable (HTTP {status}). Try again in a moment.</source>
        <translation>El servidor no está disponible (HTTP {status}). Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The server&apos;s database failed while answering {function}. Tell the dialer administrator.</source>
        <translation>La base de datos del servidor falló al responder {function}. Avise al administrador del marcador.</translation>
    </message>
    <message>
        <source>The server&apos;s PHP code failed while reading {field} of lead {lead}. Tell the dialer administrator.</source>
        <translation>El código PHP del servidor falló al leer {field} del lead {lead}. Avise al administrador del marcador.</translation>
    </message>
    <message>
        <source>The server&apos;s PHP code failed while answering {function}. Tell the dialer administrator.</source>
        <translation>El código PHP del servidor falló al responder {function}. Avise al administrador del marcador.</translation>
    </message>
    <message>
        <source>The server failed while answering {function} (HTTP {status}). Nothing on your side is wrong; try again, and if it keeps happening tell the dialer administrator.</source>
        <translation>El servidor falló al responder {function} (HTTP {status}). No hay nada mal de su lado; vuelva a intentarlo y, si sigue pasando, avise al administrador del marcador.</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <source>The server redirects this address (HTTP {status}); use the address it points to (often https://) in the profile.</source>
        <translation>El servidor redirige esta dirección (HTTP {status}); use en el perfil la dirección a la que apunta (a menudo https://).</translation>
    </message>
    <message>
        <source>The server refused the source name of this client. Check the profile&apos;s source name.</source>
        <translation>El servidor rechazó el nombre de origen de este cliente. Revise el origen del perfil.</translation>
    </message>
    <message>
        <source>The server does not offer the API function {function}; it may be too old for Lead Editor.</source>
        <translation>El servidor no ofrece la función de la API {function}; puede ser demasiado antiguo para Lead Editor.</translation>
    </message>
    <message>
        <source>The server answered {function} in a way Lead Editor does not recognise, so nothing was assumed. Check that this is a VICIdial server.</source>
        <translation>El servidor respondió {function} de una forma que Lead Editor no reconoce, así que no se dio nada por hecho. Verifique que sea un servidor VICIdial.</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problema con el certificado</translation>
    </message>
    <message>
        <source>The CA certificate file chosen for {host} could not be read. Choose the file again (“Choose CA file…” when signing in, or in the profile).</source>
        <translation>No se pudo leer el archivo de certificado de CA elegido para {host}. Elija el archivo otra vez (“Elegir archivo de CA…” al iniciar sesión, o en el perfil).</translation>
    </message>
    <message>
        <source>(The check said: {detail}.)</source>
        <translation>(La verificación dijo: {detail}.)</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: its certificate could not be verified, so nothing was sent. If the server uses its own certificate authority, choose its CA certificate file (“Choose CA file…” when signing in, or in the profile); otherwise tell the server&apos;s administrator.</source>
        <translation>Falló la conexión segura con {host}: no se pudo verificar su certificado, así que no se envió nada. Si el servidor usa su propia autoridad de certificación, elija su archivo de certificado de CA (“Elegir archivo de CA…” al iniciar sesión, o en el perfil); si no, avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Lead Editor could not reach {host}: the host name is unknown. Check the address and the network.</source>
        <translation>Lead Editor no pudo conectarse con {host}: el nombre del host es desconocido. Revise la dirección y la red.</translation>
    </message>
    <message>
        <source>Lead Editor could not reach {host}: the connection was refused. Check the address and that the server is running.</source>
        <translation>Lead Editor no pudo conectarse con {host}: se rechazó la conexión. Revise la dirección y que el servidor esté funcionando.</translation>
    </message>
    <message>
        <source>Lead Editor could not reach {host}: the host cannot be reached. Check the network.</source>
        <translation>Lead Editor no pudo conectarse con {host}: no se puede llegar al host. Revise la red.</translation>
    </message>
    <message>
        <source>The connection to {host} broke before the answer arrived. Try again.</source>
        <translation>La conexión con {host} se cortó antes de que llegara la respuesta. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The answer from {host} was cut off. Try again.</source>
        <translation>La respuesta de {host} llegó cortada. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server address is not valid. Check it in the profile.</source>
        <translation>La dirección del servidor no es válida. Revísela en el perfil.</translation>
    </message>
    <message>
        <source>The request to {host} failed. Try again.</source>
        <translation>Falló la solicitud a {host}. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Lead Editor could not reach {host}. Check the network and try again.</source>
        <translation>Lead Editor no pudo conectarse con {host}. Revise la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message numerus="yes">
        <source>{host} did not answer within the %n seconds allowed for reading the lead before a write; nothing has been written. Try again in a moment.</source>
        <translation>
            <numerusform>{host} no respondió en el %n segundo permitido para leer el lead antes de escribir; no se ha escrito nada. Vuelva a intentarlo en un momento.</numerusform>
            <numerusform>{host} no respondió en los %n segundos permitidos para leer el lead antes de escribir; no se ha escrito nada. Vuelva a intentarlo en un momento.</numerusform>
        </translation>
    </message>
    <message>
        <source>{host} did not accept a connection in time; nothing was sent. Check the network and try again.</source>
        <translation>{host} no aceptó la conexión a tiempo; no se envió nada. Revise la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Try again in a moment.</source>
        <translation>{host} no respondió a tiempo. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>{host} did not answer in time.</source>
        <translation>{host} no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The connection to {host} broke before the answer arrived.</source>
        <translation>La conexión con {host} se cortó antes de que llegara la respuesta.</translation>
    </message>
    <message>
        <source>The server failed (HTTP {status}) while handling it.</source>
        <translation>El servidor falló (HTTP {status}) al procesarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>No se pudo entender la respuesta del servidor.</translation>
    </message>
    <message>
        <source>The server did not confirm the change to lead {lead}: it may or may not have been applied. Search for the lead again to see what it holds before trying once more.</source>
        <translation>El servidor no confirmó el cambio al lead {lead}: puede que se haya aplicado o no. Busque el lead de nuevo para ver qué tiene antes de intentarlo otra vez.</translation>
    </message>
    <message>
        <source>The server did not confirm adding the lead: it may or may not have been added. Look the phone number up before trying again.</source>
        <translation>El servidor no confirmó que se agregó el lead: puede que se haya agregado o no. Busque el número de teléfono antes de intentarlo otra vez.</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Nothing was sent: {detail}</source>
        <translation>No se envió nada: {detail}</translation>
    </message>
    <message>
        <source>{items} {last} {final}</source>
        <translation>{items} {last} {final}</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>{field}: --BLANK-- would be stored literally on a new lead; leave the field empty.</source>
        <translation>{field}: en un lead nuevo, --BLANK-- se guardaría tal cual; deje el campo vacío.</translation>
    </message>
    <message>
        <source>A new phone number must be 1 to {length} digits (spaces, dashes, dots, brackets and commas are left out).</source>
        <translation>Un número de teléfono nuevo debe tener de 1 a {length} dígitos (se omiten espacios, guiones, puntos, paréntesis y comas).</translation>
    </message>
    <message>
        <source>The phone code must be 1 to {length} digits.</source>
        <translation>El código telefónico debe tener de 1 a {length} dígitos.</translation>
    </message>
    <message>
        <source>The {label} must be a number from -{highest} to {highest}, like -5 or 5.5.</source>
        <translation>El campo {label} debe ser un número de -{highest} a {highest}, como -5 o 5.5.</translation>
    </message>
    <message>
        <source>The {low} must be a real date written YYYY-MM-DD.</source>
        <translation>El campo {low} debe ser una fecha real escrita AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>{field}: a value must be text or BLANK.</source>
        <translation>{field}: un valor debe ser texto o BLANK.</translation>
    </message>
    <message>
        <source>The phone number is changed only with “Change phone number”.</source>
        <translation>El número de teléfono solo se cambia con “Cambiar número de teléfono”.</translation>
    </message>
    <message>
        <source>{field}: with custom fields, a value must not contain text like &apos;&amp;name=&apos;.</source>
        <translation>{field}: con campos personalizados, un valor no debe contener texto como &apos;&amp;name=&apos;.</translation>
    </message>
    <message>
        <source>Changing the phone number needs a new phone number.</source>
        <translation>Para cambiar el número de teléfono se necesita un número de teléfono nuevo.</translation>
    </message>
    <message>
        <source>{field} is not an editable lead field (custom fields are off for this change).</source>
        <translation>{field} no es un campo editable del lead (los campos personalizados están desactivados para este cambio).</translation>
    </message>
    <message>
        <source>{field} cannot be sent as a custom field: it is a lead column or an API parameter name.</source>
        <translation>{field} no se puede enviar como campo personalizado: es una columna del lead o el nombre de un parámetro de la API.</translation>
    </message>
    <message>
        <source>A new lead needs a phone code of digits.</source>
        <translation>Un lead nuevo necesita un código telefónico de dígitos.</translation>
    </message>
    <message>
        <source>A new lead needs a phone number of {lowest} to {highest} digits.</source>
        <translation>Un lead nuevo necesita un número de teléfono de {lowest} a {highest} dígitos.</translation>
    </message>
    <message>
        <source>A new lead needs a list ID of at least {lowest}.</source>
        <translation>Un lead nuevo necesita un ID de lista de al menos {lowest}.</translation>
    </message>
    <message>
        <source>{field} cannot be given among the values of a new lead.</source>
        <translation>{field} no se puede indicar entre los valores de un lead nuevo.</translation>
    </message>
    <message>
        <source>--BLANK-- would be stored literally on a new lead; leave the field out.</source>
        <translation>En un lead nuevo, --BLANK-- se guardaría tal cual; no incluya el campo.</translation>
    </message>
    <message>
        <source>The server refused the new lead&apos;s phone number, phone code or list.</source>
        <translation>El servidor rechazó el número de teléfono, el código telefónico o la lista del lead nuevo.</translation>
    </message>
    <message>
        <source>Blanking {low} stores &apos;{stored}&apos;, not an empty value.</source>
        <translation>Vaciar el campo {low} guarda &apos;{stored}&apos;, no un valor vacío.</translation>
    </message>
    <message>
        <source>--BLANK-- is the server&apos;s word for emptying a field: {low} will be emptied.</source>
        <translation>--BLANK-- es la palabra del servidor para vaciar un campo: el campo {low} se vaciará.</translation>
    </message>
    <message>
        <source>Emoji and other characters beyond U+FFFF are stored as &apos;{stored}&apos; (the database uses 3-byte utf8).</source>
        <translation>Los emojis y otros caracteres más allá de U+FFFF se guardan como &apos;{stored}&apos; (la base de datos usa utf8 de 3 bytes).</translation>
    </message>
    <message>
        <source>Cut to 1 character (the column&apos;s length).</source>
        <translation>Se corta a 1 carácter (el largo de la columna).</translation>
    </message>
    <message numerus="yes">
        <source>Cut to %n characters (the column&apos;s length).</source>
        <translation>
            <numerusform>Se corta a %n carácter (el largo de la columna).</numerusform>
            <numerusform>Se corta a %n caracteres (el largo de la columna).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored as the number {stored} (limits {lowest} to {highest}).</source>
        <translation>Se guarda como el número {stored} (límites {lowest} a {highest}).</translation>
    </message>
    <message>
        <source>The server stores &apos;{stored}&apos;.</source>
        <translation>El servidor guarda &apos;{stored}&apos;.</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>{removed}: this server removes accents and letters of other alphabets (its non-latin setting is off).</source>
        <translation>{removed}: este servidor quita los acentos y las letras de otros alfabetos (tiene apagada la opción de caracteres no latinos).</translation>
    </message>
    <message>
        <source>{removed}: the server always strips them from {low}.</source>
        <translation>{removed}: el servidor siempre los quita del campo {low}.</translation>
    </message>
    <message>
        <source>{removed}: {low} keeps only {kept}</source>
        <translation>{removed}: el campo {low} solo conserva {kept}</translation>
    </message>
    <message>
        <source>No system keyring is available, so the password cannot be remembered. On Linux, install and start GNOME Keyring or KWallet (any Secret Service provider). You can still sign in for this session only.</source>
        <translation>No hay ningún llavero del sistema disponible, así que no se puede recordar la contraseña. En Linux, instale e inicie GNOME Keyring o KWallet (cualquier proveedor de Secret Service). Aún puede iniciar sesión solo para esta sesión.</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (for example by signing in to your desktop session again) and retry, or use the password for this session only.</source>
        <translation>El llavero del sistema está bloqueado. Desbloquéelo (por ejemplo, iniciando de nuevo su sesión de escritorio) y vuelva a intentarlo, o use la contraseña solo para esta sesión.</translation>
    </message>
    <message>
        <source>The system keyring did not open (the unlock prompt was dismissed or the keyring service failed). Retry, or use the password for this session only.</source>
        <translation>El llavero del sistema no se abrió (se cerró la solicitud de desbloqueo o falló el servicio del llavero). Vuelva a intentarlo, o use la contraseña solo para esta sesión.</translation>
    </message>
    <message>
        <source>The system keyring refused to save the password. It will be used for this session only and asked for again next time.</source>
        <translation>El llavero del sistema se negó a guardar la contraseña. Se usará solo durante esta sesión y se le pedirá otra vez la próxima vez.</translation>
    </message>
    <message>
        <source>The saved password could not be removed from the system keyring.</source>
        <translation>No se pudo quitar la contraseña guardada del llavero del sistema.</translation>
    </message>
    <message>
        <source>The only keyring found stores passwords in a plain file, which Lead Editor refuses to use. Install GNOME Keyring or KWallet (any Secret Service provider), or sign in for this session only.</source>
        <translation>El único llavero encontrado guarda las contraseñas en un archivo sin cifrar, y Lead Editor se niega a usarlo. Instale GNOME Keyring o KWallet (cualquier proveedor de Secret Service), o inicie sesión solo para esta sesión.</translation>
    </message>
    <message>
        <source>The password could not be read from or saved to the system keyring.</source>
        <translation>No se pudo leer ni guardar la contraseña en el llavero del sistema.</translation>
    </message>
    <message>
        <source>change leads</source>
        <translation>cambiar leads</translation>
    </message>
    <message>
        <source>user level 8 or more, “Modify Leads” set (1 to 4), “Agent API Access” on, and update_lead (or ALL_FUNCTIONS) in “API Allowed Functions”</source>
        <translation>nivel de usuario 8 o más, “Modify Leads” configurado (1 a 4), “Agent API Access” activado, y update_lead (o ALL_FUNCTIONS) en “API Allowed Functions”</translation>
    </message>
    <message>
        <source>read lead details</source>
        <translation>leer los datos de los leads</translation>
    </message>
    <message>
        <source>user level 7 or more, “Modify Leads” set (1 to 5), “View Reports” on, “Agent API Access” on, and lead_all_info (or ALL_FUNCTIONS) in “API Allowed Functions”</source>
        <translation>nivel de usuario 7 o más, “Modify Leads” configurado (1 a 5), “View Reports” activado, “Agent API Access” activado, y lead_all_info (o ALL_FUNCTIONS) en “API Allowed Functions”</translation>
    </message>
    <message>
        <source>search for leads</source>
        <translation>buscar leads</translation>
    </message>
    <message>
        <source>user level 8 or more, “Modify Leads” set (1 to 5), “Agent API Access” on, and lead_search (or ALL_FUNCTIONS) in “API Allowed Functions”</source>
        <translation>nivel de usuario 8 o más, “Modify Leads” configurado (1 a 5), “Agent API Access” activado, y lead_search (o ALL_FUNCTIONS) en “API Allowed Functions”</translation>
    </message>
    <message>
        <source>read single lead fields</source>
        <translation>leer campos individuales de los leads</translation>
    </message>
    <message>
        <source>user level 7 or more, “Modify Leads” set (1 to 4), “Agent API Access” on, and lead_field_info (or ALL_FUNCTIONS) in “API Allowed Functions”</source>
        <translation>nivel de usuario 7 o más, “Modify Leads” configurado (1 a 4), “Agent API Access” activado, y lead_field_info (o ALL_FUNCTIONS) en “API Allowed Functions”</translation>
    </message>
    <message>
        <source>Lead {0} no longer exists on the server: it was deleted after it was loaded, so there is nothing to check it against.</source>
        <translation>El lead {0} ya no existe en el servidor: se eliminó después de cargarlo, así que no hay con qué compararlo.</translation>
    </message>
    <message>
        <source>Lead {0} was not changed: it no longer exists on the server (it was deleted after it was loaded).</source>
        <translation>El lead {0} no se cambió: ya no existe en el servidor (se eliminó después de cargarlo).</translation>
    </message>
    <message>
        <source>use {function}</source>
        <translation>usar {function}</translation>
    </message>
    <message>
        <source>user level 8 or more, “Agent API Access” on, and {function} (or ALL_FUNCTIONS) in “API Allowed Functions”</source>
        <translation>nivel de usuario 8 o más, “Agent API Access” activado, y {function} (o ALL_FUNCTIONS) en “API Allowed Functions”</translation>
    </message>
    <message>
        <source>The password is right, but user {user} may not {what} through the API ({function}). An administrator must set, on this user in VICIdial&apos;s Admin → Users: {needs}. To read leads the user also needs “View Reports”.</source>
        <translation>La contraseña es correcta, pero el usuario {user} no puede {what} por medio de la API ({function}). Un administrador debe configurar, en este usuario, en Admin → Users de VICIdial: {needs}. Para leer leads el usuario también necesita “View Reports”.</translation>
    </message>
    <message>
        <source>The server refused user {user} with this password. Check the password and that the user exists and is active.</source>
        <translation>El servidor rechazó al usuario {user} con esta contraseña. Revise la contraseña y que el usuario exista y esté activo.</translation>
    </message>
    <message>
        <source>Failed sign-ins in a row: {n}. The server locks the user for {m} minutes after {limit}.</source>
        <translation>Inicios de sesión fallidos seguidos: {n}. El servidor bloquea al usuario durante {m} minutos después de {limit}.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the server has locked user {user} until about {when}. Wait until then (trying earlier can extend the lock), or ask an administrator to reset the user&apos;s failed login count.</source>
        <translation>Demasiados inicios de sesión fallidos: el servidor bloqueó al usuario {user} hasta aproximadamente las {when}. Espere hasta entonces (intentarlo antes puede alargar el bloqueo), o pida a un administrador que reinicie el conteo de inicios de sesión fallidos del usuario.</translation>
    </message>
    <message>
        <source>Lead Editor could not reach {host}. Check the server address, that the server is running, and your network or VPN connection.</source>
        <translation>Lead Editor no pudo conectarse con {host}. Revise la dirección del servidor, que el servidor esté funcionando y su conexión de red o VPN.</translation>
    </message>
    <message>
        <source>{host} did not answer in time (connect {c:g} s, read {r:g} s). The server may be busy or the address may be wrong. You can raise the timeouts in the profile.</source>
        <translation>{host} no respondió a tiempo (conexión {c:g} s, lectura {r:g} s). Puede que el servidor esté ocupado o que la dirección esté mal. Puede aumentar los tiempos de espera en el perfil.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent. This usually means {host} uses a certificate from your company&apos;s own certificate authority, or a self-signed one. Ask your administrator for that CA certificate file and choose it below: Lead Editor will then trust it for this profile only.</source>
        <translation>El certificado del servidor no es de confianza, así que no se envió nada. Normalmente significa que {host} usa un certificado de la autoridad de certificación propia de su empresa, o uno autofirmado. Pida a su administrador ese archivo de certificado de CA y elíjalo abajo: Lead Editor confiará en él solo para este perfil.</translation>
    </message>
    <message>
        <source>The server failed while answering. Try again in a moment; if it keeps failing, ask the administrator to check the web server&apos;s error log.</source>
        <translation>El servidor falló al responder. Vuelva a intentarlo en un momento; si sigue fallando, pida al administrador que revise el log de errores del servidor web.</translation>
    </message>
    <message>
        <source>The server asks for two-factor authentication for user {user}, which the API cannot complete. An administrator must exempt this API user from two-factor authentication.</source>
        <translation>El servidor pide autenticación de dos factores para el usuario {user}, que la API no puede completar. Un administrador debe eximir a este usuario de la API de la autenticación de dos factores.</translation>
    </message>
    <message>
        <source>The server does not accept API calls from this computer&apos;s address. An administrator must add it to the API IP list of the user&apos;s group.</source>
        <translation>El servidor no acepta llamadas a la API desde la dirección de esta computadora. Un administrador debe agregarla a la lista de IP de la API del grupo del usuario.</translation>
    </message>
    <message>
        <source>The password was not sent: it contains characters that VICIdial&apos;s API removes, so it could never sign in. Ask an administrator for an API password made of letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>No se envió la contraseña: tiene caracteres que la API de VICIdial elimina, así que nunca podría iniciar sesión. Pida a un administrador una contraseña de la API hecha de letras, dígitos, &apos;-&apos; y &apos;_&apos;.</translation>
    </message>
    <message>
        <source>This profile is incomplete: {detail}</source>
        <translation>Este perfil está incompleto: {detail}</translation>
    </message>
    <message>
        <source>The answer from {host} is not what a VICIdial server sends. Check that the address points to the VICIdial web server (for example https://dialer.example.com).</source>
        <translation>La respuesta de {host} no es la que envía un servidor VICIdial. Verifique que la dirección apunte al servidor web de VICIdial (por ejemplo https://dialer.example.com).</translation>
    </message>
    <message>
        <source>This server (VICIdial {ident}) is older than the lead reading and search functions (added in 2021). Lead Editor can still correct a lead by its lead ID, but cannot show its current values or find it by phone number; ask for the server to be upgraded.</source>
        <translation>Este servidor (VICIdial {ident}) es anterior a las funciones de lectura y búsqueda de leads (agregadas en 2021). Lead Editor aún puede corregir un lead por su ID de lead, pero no puede mostrar sus valores actuales ni encontrarlo por número de teléfono; pida que se actualice el servidor.</translation>
    </message>
    <message>
        <source>This server (VICIdial {ident}) has no lead search (added in October 2021). Lead Editor shows only the lead the server itself would change, not every lead that matches.</source>
        <translation>Este servidor (VICIdial {ident}) no tiene búsqueda de leads (agregada en octubre de 2021). Lead Editor muestra solo el lead que el propio servidor cambiaría, no todos los leads que coinciden.</translation>
    </message>
    <message>
        <source>This server (VICIdial {ident}) cannot read leads by phone number (added in November 2021); search by lead ID or vendor code instead.</source>
        <translation>Este servidor (VICIdial {ident}) no puede leer leads por número de teléfono (agregado en noviembre de 2021); busque por ID de lead o por código de proveedor.</translation>
    </message>
    <message>
        <source>{profile}: signed in as {user} · VICIdial {version} (build {build})</source>
        <translation>{profile}: sesión iniciada como {user} · VICIdial {version} (build {build})</translation>
    </message>
    <message>
        <source>certificate NOT verified</source>
        <translation>certificado NO verificado</translation>
    </message>
    <message>
        <source>limited: old server</source>
        <translation>limitado: servidor antiguo</translation>
    </message>
    <message>
        <source>Lead {0} was changed, but not as expected: {1}.</source>
        <translation>El lead {0} se cambió, pero no como se esperaba: {1}.</translation>
    </message>
    <message>
        <source>Lead {0} was changed on the server&apos;s word: {1}.</source>
        <translation>El lead {0} se cambió según la respuesta del servidor: {1}.</translation>
    </message>
    <message>
        <source>Saved lead {0}: {1}.</source>
        <translation>Lead {0} guardado: {1}.</translation>
    </message>
    <message>
        <source>Lead {0} already held these values; nothing changed.</source>
        <translation>El lead {0} ya tenía estos valores; no cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was sent for lead {0}: no edit would change what the server stores.</source>
        <translation>No se envió nada para el lead {0}: ninguna edición cambiaría lo que guarda el servidor.</translation>
    </message>
    <message>
        <source>The server did not apply the change to lead {0}; nothing was changed.</source>
        <translation>El servidor no aplicó el cambio al lead {0}; no se cambió nada.</translation>
    </message>
    <message>
        <source>Not saved: {0}.</source>
        <translation>No se guardó: {0}.</translation>
    </message>
    <message>
        <source>It is not known whether lead {0} was changed: the server&apos;s answer was lost and reading the lead back could not tell. Use “Check again” before trying once more.</source>
        <translation>No se sabe si el lead {0} cambió: se perdió la respuesta del servidor y al volver a leer el lead no se pudo saber. Use “Verificar de nuevo” antes de intentarlo otra vez.</translation>
    </message>
    <message>
        <source>Lead {0} was not changed: {1}</source>
        <translation>El lead {0} no se cambió: {1}</translation>
    </message>
    <message>
        <source>Lead {0}: {1} was changed again after your save: now &apos;{2}&apos;. Changed by another user or by the agent&apos;s screen.</source>
        <translation>Lead {0}: {1} se cambió otra vez después de su guardado: ahora &apos;{2}&apos;. Lo cambió otro usuario o la pantalla del agente.</translation>
    </message>
    <message>
        <source>This lead no longer exists on the server.</source>
        <translation>Este lead ya no existe en el servidor.</translation>
    </message>
    <message>
        <source>Read field by field: the server fails when it sends this lead&apos;s full record (VICIdial on PHP 8 and a value with an apostrophe, such as O&apos;Brien).</source>
        <translation>Leído campo por campo: el servidor falla al enviar el registro completo de este lead (VICIdial con PHP 8 y un valor con apóstrofo, como O&apos;Brien).</translation>
    </message>
    <message>
        <source>Custom fields could not be read.</source>
        <translation>No se pudieron leer los campos personalizados.</translation>
    </message>
    <message>
        <source>The values the journal entry stored, for its undo.</source>
        <translation>Los valores que guardó la entrada de la bitácora, para deshacerla.</translation>
    </message>
    <message>
        <source>Overwritten later: {0} no longer held what this save stored.</source>
        <translation>Sobrescrito después: lo que guardó este cambio ya no estaba en {0}.</translation>
    </message>
    <message>
        <source>The lead&apos;s values before the change could not be read.</source>
        <translation>No se pudieron leer los valores del lead antes del cambio.</translation>
    </message>
    <message>
        <source>Saved on the server&apos;s word: the lead could not be read back to check it.</source>
        <translation>Guardado según la respuesta del servidor: no se pudo volver a leer el lead para verificarlo.</translation>
    </message>
    <message>
        <source>The lead could not be read before deleting it.</source>
        <translation>No se pudo leer el lead antes de eliminarlo.</translation>
    </message>
    <message>
        <source>lead {0} was changed on the server since you opened it (1 field differs)</source>
        <translation>el lead {0} cambió en el servidor desde que usted lo abrió (1 campo es distinto)</translation>
    </message>
    <message>
        <source>the current values of lead {0} could not be read to check them: {1}</source>
        <translation>no se pudieron leer los valores actuales del lead {0} para verificarlos: {1}</translation>
    </message>
    <message>
        <source>{0} holds &apos;{1}&apos;, not the expected &apos;{2}&apos;.</source>
        <translation>{0} tiene &apos;{1}&apos;, no el valor esperado &apos;{2}&apos;.</translation>
    </message>
    <message>
        <source>(The server&apos;s answer said the change was applied; reading the lead back shows it was not.)</source>
        <translation>(La respuesta del servidor decía que el cambio se aplicó; al volver a leer el lead se ve que no.)</translation>
    </message>
    <message>
        <source>(The server&apos;s answer was empty or said nothing was applied; reading the lead back shows the change stored.)</source>
        <translation>(La respuesta del servidor llegó vacía o decía que no se aplicó nada; al volver a leer el lead se ve el cambio guardado.)</translation>
    </message>
    <message>
        <source>{0} is now empty</source>
        <translation>{0} ahora está vacío</translation>
    </message>
    <message>
        <source>{0} is now &apos;{1}&apos;</source>
        <translation>{0} ahora es &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>Custom fields differ from list to list; change them one lead at a time.</source>
        <translation>Los campos personalizados varían de una lista a otra; cámbielos un lead a la vez.</translation>
    </message>
    <message>
        <source>Changed on the server since it was listed ({0}); not written</source>
        <translation>Cambió en el servidor desde que se listó ({0}); no se escribió</translation>
    </message>
    <message>
        <source>{0} cannot be put back: {1}.</source>
        <translation>{0} no se puede restaurar: {1}.</translation>
    </message>
    <message>
        <source>{0} will be stored as &apos;{1}&apos;, not exactly as before.</source>
        <translation>{0} se guardará como &apos;{1}&apos;, no exactamente como antes.</translation>
    </message>
    <message>
        <source>its value before the change is unknown</source>
        <translation>se desconoce su valor antes del cambio</translation>
    </message>
    <message>
        <source>it is not a field Lead Editor can write</source>
        <translation>no es un campo que Lead Editor pueda escribir</translation>
    </message>
    <message>
        <source>it was empty, and the server cannot empty this field</source>
        <translation>estaba vacío, y el servidor no puede vaciar este campo</translation>
    </message>
    <message>
        <source>the server would ignore {0} for this field</source>
        <translation>el servidor ignoraría {0} en este campo</translation>
    </message>
    <message>
        <source>Lead {0} was not reset: {1}</source>
        <translation>El lead {0} no se reinició: {1}</translation>
    </message>
    <message>
        <source>Lead {0} was not deleted: {1}</source>
        <translation>El lead {0} no se eliminó: {1}</translation>
    </message>
    <message>
        <source>The lead was not added: {0}</source>
        <translation>El lead no se agregó: {0}</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Cancelado antes de enviar nada.</translation>
    </message>
    <message>
        <source>Lead {0} does not exist; nothing was deleted.</source>
        <translation>El lead {0} no existe; no se eliminó nada.</translation>
    </message>
    <message>
        <source>Lead {0} was not deleted: the server did not answer in time to read it first, so its values could not be kept in the journal. Nothing was sent; try again in a moment.</source>
        <translation>El lead {0} no se eliminó: el servidor no respondió a tiempo para leerlo primero, así que sus valores no se pudieron guardar en la bitácora. No se envió nada; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Not added: lead {0} already has phone number {1}.</source>
        <translation>No se agregó: el lead {0} ya tiene el número de teléfono {1}.</translation>
    </message>
    <message>
        <source>Lead {0} was reset: it can be dialed again in its list. (It could not be read back to check.)</source>
        <translation>El lead {0} se reinició: se puede volver a marcar en su lista. (No se pudo volver a leer para verificarlo.)</translation>
    </message>
    <message>
        <source>Lead {0} was reset: it can be dialed again in its list.</source>
        <translation>El lead {0} se reinició: se puede volver a marcar en su lista.</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>reiniciado</translation>
    </message>
    <message>
        <source>Lead {0} was deleted. Its full record is kept in the journal.</source>
        <translation>El lead {0} se eliminó. Su registro completo queda en la bitácora.</translation>
    </message>
    <message>
        <source>Lead {0} is still there: the server did not delete it.</source>
        <translation>El lead {0} sigue ahí: el servidor no lo eliminó.</translation>
    </message>
    <message>
        <source>Lead {0}: the server answered, but whether the lead is gone could not be read.</source>
        <translation>Lead {0}: el servidor respondió, pero no se pudo leer si el lead ya no existe.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>Added lead {0} to list {1}.</source>
        <translation>Se agregó el lead {0} a la lista {1}.</translation>
    </message>
    <message>
        <source>The answer was lost, but lead {0} now has this phone number: it was added.</source>
        <translation>Se perdió la respuesta, pero el lead {0} ahora tiene este número de teléfono: se agregó.</translation>
    </message>
    <message>
        <source>The answer was lost and no lead has this phone number: it was not added.</source>
        <translation>Se perdió la respuesta y ningún lead tiene este número de teléfono: no se agregó.</translation>
    </message>
    <message>
        <source>The server did not add the lead (its INSERT failed).</source>
        <translation>El servidor no agregó el lead (su INSERT falló).</translation>
    </message>
    <message>
        <source>The answer was lost, but reading back shows lead {0} was {1}.</source>
        <translation>Se perdió la respuesta, pero al volver a leer se ve que el lead {0} fue {1}.</translation>
    </message>
    <message>
        <source>The answer was lost; lead {0} is {1} as requested.</source>
        <translation>Se perdió la respuesta; el lead {0} quedó {1} como se pidió.</translation>
    </message>
    <message>
        <source>The answer was lost; reading back shows lead {0} was not {1}.</source>
        <translation>Se perdió la respuesta; al volver a leer se ve que el lead {0} no fue {1}.</translation>
    </message>
    <message>
        <source>The answer was lost and lead {0} could not be read back: whether it was {1} is unknown. Nothing was sent again.</source>
        <translation>Se perdió la respuesta y no se pudo volver a leer el lead {0}: se desconoce si fue {1}. No se volvió a enviar nada.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read (it may be a folder, or you may not open it).</source>
        <translation>No se puede leer el archivo {path} (puede ser una carpeta, o usted no tiene permiso para abrirlo).</translation>
    </message>
    <message>
        <source>Files ending in {suffix} cannot be read: use a .csv, .tsv, .txt, .xlsx or .xlsm file.</source>
        <translation>No se pueden leer archivos terminados en {suffix}: use un archivo .csv, .tsv, .txt, .xlsx o .xlsm.</translation>
    </message>
    <message>
        <source>{encoding} is not a text encoding Lead Editor knows.</source>
        <translation>{encoding} no es una codificación de texto que Lead Editor conozca.</translation>
    </message>
    <message>
        <source>Row {row} does not read as {encoding}: choose the file&apos;s encoding (for example Windows-1252).</source>
        <translation>La fila {row} no se puede leer como {encoding}: elija la codificación del archivo (por ejemplo Windows-1252).</translation>
    </message>
    <message>
        <source>Row {row} holds bytes no text file has: this is not a text file (perhaps an .xls saved as .csv).</source>
        <translation>La fila {row} contiene bytes que ningún archivo de texto tiene: no es un archivo de texto (quizás un .xls guardado como .csv).</translation>
    </message>
    <message>
        <source>Row {row} of the file cannot be read: {detail}.</source>
        <translation>No se puede leer la fila {row} del archivo: {detail}.</translation>
    </message>
    <message>
        <source>The workbook is damaged and cannot be read: {detail}.</source>
        <translation>El libro está dañado y no se puede leer: {detail}.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named {sheet}; its sheets are: {sheets}.</source>
        <translation>El libro no tiene ninguna hoja llamada {sheet}; sus hojas son: {sheets}.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>Column {column} has the header “{header}”, like column {first}: rename one so that each column is named once.</source>
        <translation>La columna {column} tiene el encabezado “{header}”, igual que la columna {first}: cambie el nombre de una para que cada columna tenga un nombre distinto.</translation>
    </message>
    <message>
        <source>Column {column} has no header: give it one, or leave it empty.</source>
        <translation>La columna {column} no tiene encabezado: póngale uno, o déjela vacía.</translation>
    </message>
    <message>
        <source>The search scope is not complete.</source>
        <translation>El alcance de la búsqueda no está completo.</translation>
    </message>
    <message>
        <source>“{text}” is not a mapping: write it as header=field.</source>
        <translation>“{text}” no es una asignación: escríbala como encabezado=campo.</translation>
    </message>
    <message>
        <source>The file has no column with the header “{header}”.</source>
        <translation>El archivo no tiene ninguna columna con el encabezado “{header}”.</translation>
    </message>
    <message>
        <source>Column “{header}” is mapped to {field}, which is not a lead field.</source>
        <translation>La columna “{header}” está asignada a {field}, que no es un campo de lead.</translation>
    </message>
    <message>
        <source>The header “{header}” is on more than one column ({columns}): rename them so that each is named once.</source>
        <translation>El encabezado “{header}” está en más de una columna ({columns}): cámbieles el nombre para que cada una tenga un nombre distinto.</translation>
    </message>
    <message>
        <source>Columns {columns} all feed {field}: map only one of them to it.</source>
        <translation>Las columnas {columns} alimentan todas el campo {field}: asigne solo una de ellas.</translation>
    </message>
    <message>
        <source>No column holds the {key} that finds each lead.</source>
        <translation>Ninguna columna contiene la clave {key} que encuentra cada lead.</translation>
    </message>
    <message>
        <source>No column of the file is mapped to a lead field: there is nothing to change.</source>
        <translation>Ninguna columna del archivo está asignada a un campo de lead: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>The mapping of the file&apos;s columns is not complete.</source>
        <translation>La asignación de las columnas del archivo no está completa.</translation>
    </message>
    <message>
        <source>The key “{value}” is not valid: {problems}</source>
        <translation>La clave “{value}” no es válida: {problems}</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not sent. {why}</source>
        <translation>{field}: “{value}” no se envía. {why}</translation>
    </message>
    <message>
        <source>The key column “{column}” is empty in this row.</source>
        <translation>La columna clave “{column}” está vacía en esta fila.</translation>
    </message>
    <message>
        <source>The key “{value}” is also on row {first_row}: each lead is corrected by one row.</source>
        <translation>La clave “{value}” también está en la fila {first_row}: cada lead se corrige con una sola fila.</translation>
    </message>
    <message>
        <source>{field} cannot be blanked: the server ignores --BLANK-- for it.</source>
        <translation>{field} no se puede vaciar: el servidor ignora --BLANK-- en este campo.</translation>
    </message>
    <message>
        <source>{field} holds the literal text --BLANK--, which the server would take as “empty this field”; it is not sent.</source>
        <translation>{field} contiene el texto literal --BLANK--, que el servidor tomaría como “vaciar este campo”; no se envía.</translation>
    </message>
    <message>
        <source>This row cannot be written as it is.</source>
        <translation>Esta fila no se puede escribir tal como está.</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Several leads</source>
        <translation>Varios leads</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(no se sabe)</translation>
    </message>
    <message>
        <source>Several leads match: {leads}. Pick the one this row corrects, or leave it out.</source>
        <translation>Coinciden varios leads: {leads}. Elija el que corrige esta fila, o déjela fuera.</translation>
    </message>
    <message>
        <source>Not sent: the batch stopped at a refused sign-in or permission. {error}</source>
        <translation>No enviado: el lote se detuvo ante un inicio de sesión o un permiso rechazado. {error}</translation>
    </message>
    <message>
        <source>Not sent: the batch was cancelled or stopped before this row.</source>
        <translation>No enviado: el lote se canceló o se detuvo antes de esta fila.</translation>
    </message>
    <message>
        <source>The key cell is empty</source>
        <translation>La celda de la clave está vacía</translation>
    </message>
    <message>
        <source>The key is not valid</source>
        <translation>La clave no es válida</translation>
    </message>
    <message>
        <source>The key is on an earlier row too</source>
        <translation>La clave también está en una fila anterior</translation>
    </message>
    <message>
        <source>More cells than the header has columns</source>
        <translation>Más celdas que columnas en el encabezado</translation>
    </message>
    <message>
        <source>A value the server would refuse</source>
        <translation>Un valor que el servidor rechazaría</translation>
    </message>
    <message>
        <source>A field the server cannot blank</source>
        <translation>Un campo que el servidor no puede vaciar</translation>
    </message>
    <message>
        <source>The literal text --BLANK--</source>
        <translation>El texto literal --BLANK--</translation>
    </message>
    <message>
        <source>No lead matches</source>
        <translation>Ningún lead coincide</translation>
    </message>
    <message>
        <source>Several leads match (pick one by hand)</source>
        <translation>Coinciden varios leads (elija uno a mano)</translation>
    </message>
    <message>
        <source>An earlier row changes the same lead</source>
        <translation>Una fila anterior cambia el mismo lead</translation>
    </message>
    <message>
        <source>The lead could not be read</source>
        <translation>No se pudo leer el lead</translation>
    </message>
    <message>
        <source>Changed on the server since the dry run</source>
        <translation>Cambió en el servidor después de la simulación</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazado por el servidor</translation>
    </message>
    <message>
        <source>The server applied nothing</source>
        <translation>El servidor no aplicó nada</translation>
    </message>
    <message>
        <source>Stored differently</source>
        <translation>Guardado de forma distinta</translation>
    </message>
    <message>
        <source>Stopped at a refused sign-in or permission</source>
        <translation>Detenido ante un inicio de sesión o un permiso rechazado</translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation>No enviado (cancelado)</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>A problem in the file</source>
        <translation>Un problema en el archivo</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n rows ({1})</source>
        <translation>
            <numerusform>{0}: %n fila ({1})</numerusform>
            <numerusform>{0}: %n filas ({1})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with several leads</source>
        <translation>
            <numerusform>%n con varios leads</numerusform>
            <numerusform>%n con varios leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows:</source>
        <translation>
            <numerusform>%n fila:</numerusform>
            <numerusform>%n filas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written. %n rows:</source>
        <translation>
            <numerusform>Simulación, no se escribió nada. %n fila:</numerusform>
            <numerusform>Simulación, no se escribió nada. %n filas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leads will be written by lead ID, each read just before and after.</source>
        <translation>
            <numerusform>%n lead se escribirá por ID de lead, leído justo antes y después.</numerusform>
            <numerusform>%n leads se escribirán por ID de lead, cada uno leído justo antes y después.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are left out (unchanged, not found, several leads, invalid).</source>
        <translation>
            <numerusform>%n fila queda fuera (sin cambios, no encontrado, varios leads, no válido).</numerusform>
            <numerusform>%n filas quedan fuera (sin cambios, no encontrado, varios leads, no válido).</numerusform>
        </translation>
    </message>
    <message>
        <source>You can pause or cancel at any time; a row already sent always finishes.</source>
        <translation>Puede pausar o cancelar en cualquier momento; una fila ya enviada siempre termina.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n rows, {rate:.1f} rows a second</source>
        <translation>
            <numerusform>{done} de %n fila, {rate:.1f} filas por segundo</numerusform>
            <numerusform>{done} de %n filas, {rate:.1f} filas por segundo</numerusform>
        </translation>
    </message>
    <message>
        <source>about {m} min {s} s left</source>
        <translation>faltan unos {m} min {s} s</translation>
    </message>
    <message>
        <source>about {s} s left</source>
        <translation>faltan unos {s} s</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>sin nombre de archivo</translation>
    </message>
    <message>
        <source>&amp;Resume ({done} of {total} done)</source>
        <translation>&amp;Reanudar ({done} de {total} hechas)</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>An unexpected problem stopped this action: {detail}</source>
        <translation>Un problema inesperado detuvo esta acción: {detail}</translation>
    </message>
    <message>
        <source>An unexpected problem stopped this action. The log file has the details.</source>
        <translation>Un problema inesperado detuvo esta acción. El archivo de registro tiene los detalles.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle initial</source>
        <translation>Inicial del segundo nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Alternate phone</source>
        <translation>Teléfono alterno</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Security phrase</source>
        <translation>Frase de seguridad</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Dirección, línea 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Dirección, línea 2</translation>
    </message>
    <message>
        <source>Address line 3</source>
        <translation>Dirección, línea 3</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Póngale un nombre al perfil.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http://) and name a host.</source>
        <translation>La dirección del servidor debe empezar con https:// (o http://) y nombrar un host.</translation>
    </message>
    <message>
        <source>The port in the server address is not a number between 1 and 65535.</source>
        <translation>El puerto de la dirección del servidor no es un número entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The API user is required.</source>
        <translation>El usuario de la API es obligatorio.</translation>
    </message>
    <message>
        <source>The API user may contain only letters, digits, &apos;-&apos; and &apos;_&apos;: the server removes anything else, so this user could never sign in.</source>
        <translation>El usuario de la API solo puede contener letras, dígitos, &apos;-&apos; y &apos;_&apos;: el servidor elimina todo lo demás, así que este usuario nunca podría iniciar sesión.</translation>
    </message>
    <message>
        <source>The source is required ({low} to {high} letters or digits).</source>
        <translation>El origen es obligatorio (de {low} a {high} letras o dígitos).</translation>
    </message>
    <message>
        <source>The source may contain only letters A–Z and digits: the server removes anything else.</source>
        <translation>El origen solo puede contener letras A–Z y dígitos: el servidor elimina todo lo demás.</translation>
    </message>
    <message numerus="yes">
        <source>The source needs at least %n letters or digits; the server refuses shorter ones.</source>
        <translation>
            <numerusform>El origen necesita al menos %n letra o dígito; el servidor rechaza los más cortos.</numerusform>
            <numerusform>El origen necesita al menos %n letras o dígitos; el servidor rechaza los más cortos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The source may be at most %n characters long.</source>
        <translation>
            <numerusform>El origen puede tener como máximo %n carácter.</numerusform>
            <numerusform>El origen puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeouts must be more than 0 seconds (connect at most {connect:g}, read at most {read:g}).</source>
        <translation>Los tiempos de espera deben ser de más de 0 segundos (conexión como máximo {connect:g}, lectura como máximo {read:g}).</translation>
    </message>
    <message>
        <source>Unknown default scope.</source>
        <translation>Alcance predeterminado desconocido.</translation>
    </message>
    <message>
        <source>A campaign or list scope needs a default list ID (3 or more digits, 100 or more).</source>
        <translation>Un alcance de campaña o de lista necesita un ID de lista predeterminado (3 dígitos o más, 100 o más).</translation>
    </message>
    <message>
        <source>The default list ID may contain digits 0-9 only, 3 or more of them, without a leading zero.</source>
        <translation>El ID de lista predeterminado solo puede contener dígitos del 0 al 9, 3 o más, sin un cero al principio.</translation>
    </message>
    <message>
        <source>the desktop keyring (GNOME Keyring or KWallet)</source>
        <translation>el llavero del escritorio (GNOME Keyring o KWallet)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>User (last agent)</source>
        <translation>Usuario (último agente)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Called count</source>
        <translation>Veces llamado</translation>
    </message>
    <message>
        <source>Phone code</source>
        <translation>Código telefónico</translation>
    </message>
    <message>
        <source>GMT offset</source>
        <translation>Desfase GMT</translation>
    </message>
    <message>
        <source>Source ID</source>
        <translation>ID de origen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Blanking leaves it empty, not U</source>
        <translation>Vaciarlo lo deja vacío, no en U</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; blanking stores 0000-00-00</source>
        <translation>AAAA-MM-DD; vaciarlo guarda 0000-00-00</translation>
    </message>
    <message>
        <source>Changed only with “Change phone number”</source>
        <translation>Solo se cambia con “Cambiar número de teléfono”</translation>
    </message>
    <message>
        <source>Moves the lead to another list</source>
        <translation>Mueve el lead a otra lista</translation>
    </message>
    <message>
        <source>0 to 32767</source>
        <translation>0 a 32767</translation>
    </message>
    <message>
        <source>0 to 65535</source>
        <translation>0 a 65535</translation>
    </message>
    <message>
        <source>-99.99 to 99.99; blanking stores 0.00</source>
        <translation>-99.99 a 99.99; vaciarlo guarda 0.00</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation>Marcación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>the folder of the change journal ({0}) cannot be written</source>
        <translation>no se puede escribir en la carpeta de la bitácora de cambios ({0})</translation>
    </message>
    <message>
        <source>the disk that holds the change journal ({0}) is full</source>
        <translation>el disco donde está la bitácora de cambios ({0}) está lleno</translation>
    </message>
    <message>
        <source>the change journal ({0}) was written by a newer Lead Editor</source>
        <translation>la bitácora de cambios ({0}) fue escrita por una versión más reciente de Lead Editor</translation>
    </message>
    <message>
        <source>the change journal ({0}) cannot be opened</source>
        <translation>no se puede abrir la bitácora de cambios ({0})</translation>
    </message>
    <message>
        <source>Nothing was sent: every change is recorded in the journal first, and {0}. Searching still works.</source>
        <translation>No se envió nada: cada cambio se registra primero en la bitácora, y {0}. La búsqueda sigue funcionando.</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>No se envió nada</translation>
    </message>
    <message>
        <source>The change journal could not be read</source>
        <translation>No se pudo leer la bitácora de cambios</translation>
    </message>
    <message>
        <source>A new, empty journal was started: changes made from now on are recorded. The earlier entries are not shown, and cannot be undone from Lead Editor.</source>
        <translation>Se inició una bitácora nueva y vacía: los cambios que se hagan desde ahora quedan registrados. Las entradas anteriores no se muestran y no se pueden deshacer desde Lead Editor.</translation>
    </message>
    <message>
        <source>The settings could not be read</source>
        <translation>No se pudo leer la configuración</translation>
    </message>
    <message>
        <source>Lead Editor started with its default settings: your server profiles need to be added again. Saved passwords stay in the system keyring.</source>
        <translation>Lead Editor se inició con la configuración predeterminada: tendrá que volver a agregar sus perfiles de servidor. Las contraseñas guardadas siguen en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The unsaved drafts could not be read</source>
        <translation>No se pudieron leer los borradores sin guardar</translation>
    </message>
    <message>
        <source>Unsaved changes kept from earlier sessions could not be offered back. Nothing on any server was changed.</source>
        <translation>No se pudieron volver a ofrecer los cambios sin guardar conservados de sesiones anteriores. No se cambió nada en ningún servidor.</translation>
    </message>
    <message>
        <source>The damaged file {0} could not be moved and was left where it is.</source>
        <translation>No se pudo mover el archivo dañado {0}, así que se dejó donde está.</translation>
    </message>
    <message>
        <source>The damaged file was kept, renamed to {0}.</source>
        <translation>El archivo dañado se conservó con el nombre {0}.</translation>
    </message>
    <message>
        <source>Lead {0}: a save at {1} ({2}) stopped before its answer came; whether it reached the server is unknown.</source>
        <translation>Lead {0}: un guardado del {1} ({2}) se interrumpió antes de recibir la respuesta; se desconoce si llegó al servidor.</translation>
    </message>
    <message>
        <source>Lead {0}: reading it back shows the change was applied. The journal says so now.</source>
        <translation>Lead {0}: al volver a leerlo se ve que el cambio se aplicó. La bitácora ya lo indica.</translation>
    </message>
    <message>
        <source>Lead {0}: reading it back shows the change was not applied. Nothing was sent again.</source>
        <translation>Lead {0}: al volver a leerlo se ve que el cambio no se aplicó. No se volvió a enviar nada.</translation>
    </message>
    <message>
        <source>Lead {0}: it holds the requested values. The journal says so now.</source>
        <translation>Lead {0}: tiene los valores solicitados. La bitácora ya lo indica.</translation>
    </message>
    <message>
        <source>Lead {0}: reading it back could not tell (changed by someone else, or not readable). Nothing was sent again.</source>
        <translation>Lead {0}: al volver a leerlo no se pudo saber (otra persona lo cambió, o no se pudo leer). No se volvió a enviar nada.</translation>
    </message>
    <message>
        <source>Lead {0}: unsaved changes from {1} ({2}).</source>
        <translation>Lead {0}: cambios sin guardar del {1} ({2}).</translation>
    </message>
    <message>
        <source>Your unsaved changes to lead {0} are back in the form. The lead changed on the server since then ({1}): check the values before saving.</source>
        <translation>Sus cambios sin guardar del lead {0} volvieron al formulario. El lead cambió en el servidor desde entonces ({1}): revise los valores antes de guardar.</translation>
    </message>
    <message>
        <source>Your unsaved changes to lead {0} are back in the form, on its current values.</source>
        <translation>Sus cambios sin guardar del lead {0} volvieron al formulario, sobre sus valores actuales.</translation>
    </message>
    <message>
        <source> in list {0}</source>
        <translation> en la lista {0}</translation>
    </message>
    <message>
        <source> in the campaign of list {0}</source>
        <translation> en la campaña de la lista {0}</translation>
    </message>
    <message>
        <source>Lead ID {0}</source>
        <translation>ID de lead {0}</translation>
    </message>
    <message>
        <source>Vendor code {0}</source>
        <translation>Código de proveedor {0}</translation>
    </message>
    <message>
        <source>Phone {0}</source>
        <translation>Teléfono {0}</translation>
    </message>
    <message>
        <source>found by its lead ID</source>
        <translation>encontrado por su ID de lead</translation>
    </message>
    <message>
        <source>found by its vendor code</source>
        <translation>encontrado por su código de proveedor</translation>
    </message>
    <message>
        <source>found by its phone number</source>
        <translation>encontrado por su número de teléfono</translation>
    </message>
    <message>
        <source>{key}: no such lead{where}.</source>
        <translation>{key}: no existe ese lead{where}.</translation>
    </message>
    <message>
        <source>{key}: no lead has it{where}.</source>
        <translation>{key}: ningún lead lo tiene{where}.</translation>
    </message>
    <message>
        <source>No lead matches {0}.</source>
        <translation>Ningún lead coincide con {0}.</translation>
    </message>
    <message>
        <source>{matches}. Lead {lead}, which the server would have changed, was deleted: search again to see which lead it would change now.</source>
        <translation>{matches}. El lead {lead}, que el servidor habría cambiado, se eliminó: busque de nuevo para ver qué lead cambiaría ahora.</translation>
    </message>
    <message>
        <source>{0}; the server would change none of them.</source>
        <translation>{0}; el servidor no cambiaría ninguno.</translation>
    </message>
    <message>
        <source>{matches}; the server would change lead {lead}, the most recently loaded.</source>
        <translation>{matches}; el servidor cambiaría el lead {lead}, el cargado más recientemente.</translation>
    </message>
    <message>
        <source>{matches}; the server would change lead {lead}, {how}.</source>
        <translation>{matches}; el servidor cambiaría el lead {lead}, {how}.</translation>
    </message>
    <message>
        <source>Details of {0} could not be read.</source>
        <translation>No se pudieron leer los datos de {0}.</translation>
    </message>
    <message>
        <source>Reading the other matching leads… {0} shown so far; you can select and edit meanwhile.</source>
        <translation>Leyendo los demás leads que coinciden… {0} mostrados hasta ahora; mientras tanto puede seleccionar y editar.</translation>
    </message>
    <message>
        <source>Nothing found. You can add the phone number as a new lead.</source>
        <translation>No se encontró nada. Puede agregar el número de teléfono como lead nuevo.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <source>Search finished. The lead the server would change is selected.</source>
        <translation>Búsqueda terminada. Está seleccionado el lead que cambiaría el servidor.</translation>
    </message>
    <message>
        <source>Search finished. Select a lead to see its values.</source>
        <translation>Búsqueda terminada. Seleccione un lead para ver sus valores.</translation>
    </message>
    <message>
        <source>Previous search (the new one failed): {0}</source>
        <translation>Búsqueda anterior (la nueva falló): {0}</translation>
    </message>
    <message>
        <source>Previous search (the new one was not sent): {0}</source>
        <translation>Búsqueda anterior (la nueva no se envió): {0}</translation>
    </message>
    <message>
        <source>{0} found this lead: the server would update it.</source>
        <translation>{0} encontró este lead: el servidor lo actualizaría.</translation>
    </message>
    <message numerus="yes">
        <source>Details of %n could not be read.</source>
        <translation>
            <numerusform>No se pudieron leer los datos de %n lead.</numerusform>
            <numerusform>No se pudieron leer los datos de %n leads.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign &apos;{sign}&apos; is dropped: the number is stored as {stored}.</source>
        <translation>Se quita el signo &apos;{sign}&apos;: el número se guarda como {stored}.</translation>
    </message>
    <message numerus="yes">
        <source>A phone number of only %n digits cannot be dialled; check it before saving.</source>
        <translation>
            <numerusform>Un número de teléfono de solo %n dígito no se puede marcar; revíselo antes de guardar.</numerusform>
            <numerusform>Un número de teléfono de solo %n dígitos no se puede marcar; revíselo antes de guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead {lead} updated.</source>
        <translation>Lead {lead} actualizado.</translation>
    </message>
    <message>
        <source>Lead {lead} already held these values; nothing changed.</source>
        <translation>El lead {lead} ya tenía estos valores; no cambió nada.</translation>
    </message>
    <message>
        <source>Lead {lead} deleted.</source>
        <translation>Lead {lead} eliminado.</translation>
    </message>
    <message>
        <source>Lead {lead} was already gone; nothing was deleted.</source>
        <translation>El lead {lead} ya no existía; no se eliminó nada.</translation>
    </message>
    <message>
        <source>The server could not apply the change to lead {lead} (its database UPDATE failed); nothing was changed.</source>
        <translation>El servidor no pudo aplicar el cambio al lead {lead} (falló su UPDATE en la base de datos); no se cambió nada.</translation>
    </message>
    <message>
        <source>Lead {lead}:</source>
        <translation>Lead {lead}:</translation>
    </message>
    <message>
        <source>The server reported nothing applied to lead {lead}.</source>
        <translation>El servidor informó que no se aplicó nada al lead {lead}.</translation>
    </message>
    <message>
        <source>The server found lead {lead} but had nothing to apply: every value sent was empty after the server&apos;s filters, so nothing was changed.</source>
        <translation>El servidor encontró el lead {lead}, pero no tenía nada que aplicar: cada valor enviado quedó vacío después de los filtros del servidor, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>Lead {lead} added to list {list}.</source>
        <translation>Lead {lead} agregado a la lista {list}.</translation>
    </message>
    <message>
        <source>Custom fields updated.</source>
        <translation>Campos personalizados actualizados.</translation>
    </message>
    <message>
        <source>Custom fields already held these values.</source>
        <translation>Los campos personalizados ya tenían estos valores.</translation>
    </message>
    <message>
        <source>No custom fields are defined for this lead&apos;s list, so the custom values were not saved.</source>
        <translation>La lista de este lead no tiene campos personalizados definidos, así que los valores personalizados no se guardaron.</translation>
    </message>
    <message>
        <source>To confirm, type the lead ID (&lt;b&gt;{0}&lt;/b&gt;):</source>
        <translation>Para confirmar, escriba el ID del lead (&lt;b&gt;{0}&lt;/b&gt;):</translation>
    </message>
    <message>
        <source>Type the lead ID to confirm</source>
        <translation>Escriba el ID del lead para confirmar</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>como se esperaba</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>DIFERENTE</translation>
    </message>
    <message>
        <source>could not be read back</source>
        <translation>no se pudo volver a leer</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>no verificado</translation>
    </message>
    <message>
        <source>(left unchanged)</source>
        <translation>(sin cambio)</translation>
    </message>
    <message>
        <source>Lead {0}: stored differently</source>
        <translation>Lead {0}: guardado de forma distinta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lead {0} was saved, but {1} stored differently from what was expected.&lt;/b&gt;</source>
        <translation>&lt;b&gt;El lead {0} se guardó, pero {1} de forma distinta a lo esperado.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n fields are</source>
        <translation>
            <numerusform>%n campo se guardó</numerusform>
            <numerusform>%n campos se guardaron</numerusform>
        </translation>
    </message>
    <message>
        <source>This happens when the server&apos;s character handling (its non-latin setting) is not what this profile says, or when a value is cut to the column&apos;s length. The lead now holds the values in the column “The server stored”.</source>
        <translation>Esto pasa cuando el manejo de caracteres del servidor (su opción non-latin) no es el que indica este perfil, o cuando un valor se corta al largo de la columna. El lead ahora tiene los valores de la columna “El servidor guardó”.</translation>
    </message>
    <message>
        <source>Stored values</source>
        <translation>Valores guardados</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>The server stored</source>
        <translation>El servidor guardó</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Nothing was sent. Your edits are still in the form.</source>
        <translation>No se envió nada. Sus ediciones siguen en el formulario.</translation>
    </message>
    <message>
        <source>Waiting for your answer: write lead {0} without checking its current values?</source>
        <translation>Esperando su respuesta: ¿escribir el lead {0} sin verificar sus valores actuales?</translation>
    </message>
    <message>
        <source>Current values cannot be checked</source>
        <translation>No se pueden verificar los valores actuales</translation>
    </message>
    <message>
        <source>{0}

Write anyway? The journal will record the values before the change as unknown.</source>
        <translation>{0}

¿Escribir de todos modos? La bitácora registrará como desconocidos los valores anteriores al cambio.</translation>
    </message>
    <message>
        <source>Write without checking</source>
        <translation>Escribir sin verificar</translation>
    </message>
    <message>
        <source>Nothing was sent: the lead could not be checked.</source>
        <translation>No se envió nada: no se pudo verificar el lead.</translation>
    </message>
    <message>
        <source>Re-apply your changes to lead {0} on its current values?</source>
        <translation>¿Volver a aplicar sus cambios al lead {0} sobre sus valores actuales?</translation>
    </message>
    <message>
        <source>Checking and saving lead {0}…</source>
        <translation>Verificando y guardando el lead {0}…</translation>
    </message>
    <message>
        <source>Lead {0} was changed on the server since you opened it; nothing was sent.</source>
        <translation>El lead {0} cambió en el servidor desde que usted lo abrió; no se envió nada.</translation>
    </message>
    <message>
        <source>Nothing was sent. The form shows lead {0} as the server holds it now; your edits were dropped.</source>
        <translation>No se envió nada. El formulario muestra el lead {0} como lo tiene ahora el servidor; sus ediciones se descartaron.</translation>
    </message>
    <message>
        <source>Nothing was sent: lead {0} was changed on the server meanwhile. Your edits are still in the form, over the values it holds now.</source>
        <translation>No se envió nada: el lead {0} cambió en el servidor mientras tanto. Sus ediciones siguen en el formulario, sobre los valores que tiene ahora.</translation>
    </message>
    <message>
        <source>Lead {0} already holds your changes; nothing was sent.</source>
        <translation>El lead {0} ya tiene sus cambios; no se envió nada.</translation>
    </message>
    <message>
        <source>Your save was overwritten</source>
        <translation>Su guardado se sobrescribió</translation>
    </message>
    <message>
        <source>The journal entry is marked “overwritten later”.</source>
        <translation>La entrada de la bitácora queda marcada como “sobrescrita después”.</translation>
    </message>
    <message>
        <source>Re-apply my change…</source>
        <translation>Volver a aplicar mi cambio…</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Dejarlo así</translation>
    </message>
    <message>
        <source>Lead {0} already holds your change again; nothing was sent.</source>
        <translation>El lead {0} ya tiene otra vez su cambio; no se envió nada.</translation>
    </message>
    <message>
        <source>Re-apply your change to lead {0}?</source>
        <translation>¿Volver a aplicar su cambio al lead {0}?</translation>
    </message>
    <message>
        <source>One change, several leads</source>
        <translation>Un cambio, varios leads</translation>
    </message>
    <message numerus="yes">
        <source>Applying to %n leads…</source>
        <translation>
            <numerusform>Aplicando a %n lead…</numerusform>
            <numerusform>Aplicando a %n leads…</numerusform>
        </translation>
    </message>
    <message>
        <source>The lead becomes dialable again in its list: it counts as {0}. Its other fields are not changed.</source>
        <translation>El lead se puede volver a marcar en su lista: cuenta como {0}. Sus demás campos no cambian.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n leads…</source>
        <translation>
            <numerusform>Leyendo %n lead…</numerusform>
            <numerusform>Leyendo %n leads…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n journal entries to {1}.</source>
        <translation>
            <numerusform>Se exportó %n entrada de la bitácora a {1}.</numerusform>
            <numerusform>Se exportaron %n entradas de la bitácora a {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal entry {0} cannot be undone. {1}</source>
        <translation>La entrada {0} de la bitácora no se puede deshacer. {1}</translation>
    </message>
    <message>
        <source>Nothing to do: lead {0} already holds the values from before entry {1}.</source>
        <translation>No hay nada que hacer: el lead {0} ya tiene los valores de antes de la entrada {1}.</translation>
    </message>
    <message>
        <source>Changed since this entry: {0}. “Now” shows the server&apos;s values.</source>
        <translation>Campos cambiados desde esta entrada: {0}. “Ahora” muestra los valores del servidor.</translation>
    </message>
    <message>
        <source>⚠ </source>
        <translation>⚠ </translation>
    </message>
    <message>
        <source>Undo journal entry {0}: put lead {1} back as it was?</source>
        <translation>Deshacer la entrada {0} de la bitácora: ¿dejar el lead {1} como estaba?</translation>
    </message>
    <message>
        <source>Nothing to undo: no saved change of yours in the journal.</source>
        <translation>No hay nada que deshacer: la bitácora no tiene ningún cambio guardado por usted.</translation>
    </message>
    <message>
        <source>Select one lead first: reset and delete work on one lead at a time.</source>
        <translation>Primero seleccione un solo lead: reiniciar y eliminar funcionan con un lead a la vez.</translation>
    </message>
    <message>
        <source>Delete lead {0}</source>
        <translation>Eliminar el lead {0}</translation>
    </message>
    <message>
        <source>The lead is removed from the server with its scheduled callbacks. The server keeps no copy and has no undo; Lead Editor keeps its full record in the journal.</source>
        <translation>El lead se elimina del servidor junto con sus rellamadas programadas. El servidor no guarda copia y no se puede deshacer; Lead Editor conserva su registro completo en la bitácora.</translation>
    </message>
    <message>
        <source>Delete lead</source>
        <translation>Eliminar lead</translation>
    </message>
    <message>
        <source>Reset lead {0}</source>
        <translation>Reiniciar el lead {0}</translation>
    </message>
    <message>
        <source>Reset lead</source>
        <translation>Reiniciar lead</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>Working on lead {0}…</source>
        <translation>Trabajando en el lead {0}…</translation>
    </message>
    <message>
        <source>Adding the lead…</source>
        <translation>Agregando el lead…</translation>
    </message>
    <message>
        <source>The current values of lead {0} could not be read to check them. {1}</source>
        <translation>No se pudieron leer los valores actuales del lead {0} para verificarlos. {1}</translation>
    </message>
    <message>
        <source>Lead {0} · {1} · phone {2} · list {3}</source>
        <translation>Lead {0} · {1} · teléfono {2} · lista {3}</translation>
    </message>
    <message>
        <source>Not signed in. Use File → Sign in to a server… to choose one.</source>
        <translation>Sesión no iniciada. Use Archivo → Iniciar sesión en un servidor… para elegir uno.</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>&amp;Usar el idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Pseudo-locale (for testing layouts)</source>
        <translation>&amp;Pseudoidioma (para probar el diseño)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Takes effect when Lead Editor is restarted</source>
        <translation>Se aplica cuando Lead Editor se reinicia</translation>
    </message>
    <message>
        <source>The language could not be saved: {0}</source>
        <translation>No se pudo guardar el idioma: {0}</translation>
    </message>
    <message>
        <source>The language changes when Lead Editor is restarted.</source>
        <translation>El idioma cambia cuando Lead Editor se reinicia.</translation>
    </message>
    <message>
        <source>Tick at least one way to match: lead ID, vendor code or phone number.</source>
        <translation>Marque al menos una forma de coincidencia: ID de lead, código de proveedor o número de teléfono.</translation>
    </message>
    <message>
        <source>A lead ID is made of digits only (0-9).</source>
        <translation>Un ID de lead se compone solo de dígitos (0-9).</translation>
    </message>
    <message>
        <source>A lead ID is a positive number of at most 11 digits.</source>
        <translation>Un ID de lead es un número positivo de 11 dígitos como máximo.</translation>
    </message>
    <message>
        <source>A phone number may contain only the digits 0-9 (spaces, dashes, dots, brackets and commas are ignored).</source>
        <translation>Un número de teléfono solo puede contener los dígitos 0-9 (se ignoran espacios, guiones, puntos, paréntesis y comas).</translation>
    </message>
    <message>
        <source>A phone number needs 6 to 18 digits.</source>
        <translation>Un número de teléfono necesita de 6 a 18 dígitos.</translation>
    </message>
    <message>
        <source>Type a value for at least one of the ticked ways to match.</source>
        <translation>Escriba un valor para al menos una de las formas de coincidencia marcadas.</translation>
    </message>
    <message>
        <source>Searching one list needs a list ID; without one the server would silently search the whole system.</source>
        <translation>Buscar en una lista necesita un ID de lista; sin él, el servidor buscaría sin avisar en todo el sistema.</translation>
    </message>
    <message>
        <source>Searching the campaign of a list needs a list ID; without one the server would silently search the whole system.</source>
        <translation>Buscar en la campaña de una lista necesita un ID de lista; sin él, el servidor buscaría sin avisar en todo el sistema.</translation>
    </message>
    <message>
        <source>“{list_id}” is not a valid list ID (3 or more digits, no leading zero, so 100 or above); the server would silently search the whole system instead.</source>
        <translation>“{list_id}” no es un ID de lista válido (3 dígitos o más, sin cero inicial, es decir, 100 o más); el servidor buscaría en su lugar, sin avisar, en todo el sistema.</translation>
    </message>
    <message>
        <source>lead {value}</source>
        <translation>lead {value}</translation>
    </message>
    <message>
        <source>vendor code {value}</source>
        <translation>código de proveedor {value}</translation>
    </message>
    <message>
        <source>phone {value}</source>
        <translation>teléfono {value}</translation>
    </message>
    <message>
        <source>in the whole system</source>
        <translation>en todo el sistema</translation>
    </message>
    <message>
        <source>in the campaign of list {list}</source>
        <translation>en la campaña de la lista {list}</translation>
    </message>
    <message>
        <source>in list {list}</source>
        <translation>en la lista {list}</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, luego </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>(The server&apos;s answer was lost; reading the lead back shows the change landed.)</source>
        <translation>(Se perdió la respuesta del servidor; al volver a leer el lead se ve que el cambio se aplicó.)</translation>
    </message>
    <message>
        <source>(The server&apos;s answer was lost; reading the lead back shows nothing changed.)</source>
        <translation>(Se perdió la respuesta del servidor; al volver a leer el lead se ve que no cambió nada.)</translation>
    </message>
    <message>
        <source>No lead matches {search}.</source>
        <translation>Ningún lead coincide con {search}.</translation>
    </message>
    <message>
        <source>1 lead matches</source>
        <translation>1 lead coincide</translation>
    </message>
    <message>
        <source>{matches}; the server would change none of them.</source>
        <translation>{matches}; el servidor no cambiaría ninguno.</translation>
    </message>
    <message>
        <source>, found by its lead ID</source>
        <translation>, encontrado por su ID de lead</translation>
    </message>
    <message>
        <source>, found by its vendor code</source>
        <translation>, encontrado por su código de proveedor</translation>
    </message>
    <message>
        <source>, found by its phone number</source>
        <translation>, encontrado por su número de teléfono</translation>
    </message>
    <message>
        <source>, the most recently loaded</source>
        <translation>, el cargado más recientemente</translation>
    </message>
    <message>
        <source>{matches}; the server would change lead {lead}{how}.</source>
        <translation>{matches}; el servidor cambiaría el lead {lead}{how}.</translation>
    </message>
    <message>
        <source>cancelled before anything was sent</source>
        <translation>cancelado antes de enviar nada</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>no cambió ningún campo</translation>
    </message>
    <message>
        <source>(The lead could not be read back, so the stored values were not checked.)</source>
        <translation>(No se pudo volver a leer el lead, así que no se verificaron los valores guardados.)</translation>
    </message>
    <message>
        <source>{label} cannot be blanked: the server ignores --BLANK-- for it.</source>
        <translation>{label} no se puede vaciar: el servidor ignora --BLANK-- en este campo.</translation>
    </message>
    <message>
        <source>{label}: an empty value leaves the field unchanged; use Blank to empty it.</source>
        <translation>{label}: un valor vacío deja el campo sin cambios; use Vaciar para dejarlo vacío.</translation>
    </message>
    <message>
        <source>{label}: the value holds bytes that are not valid UTF-8, which the server cannot store.</source>
        <translation>{label}: el valor tiene bytes que no son UTF-8 válido, y el servidor no puede guardarlos.</translation>
    </message>
    <message>
        <source>{label} cannot be negative through the API: the server drops the sign.</source>
        <translation>{label} no puede ser negativo por medio de la API: el servidor quita el signo.</translation>
    </message>
    <message>
        <source>{label} must be a whole number from {lowest} to {highest}.</source>
        <translation>{label} debe ser un número entero de {lowest} a {highest}.</translation>
    </message>
    <message>
        <source>{label} must be {choices}: the server would store an empty value.</source>
        <translation>{label} debe ser {choices}: si no, el servidor guardaría un valor vacío.</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>line break</source>
        <translation>salto de línea</translation>
    </message>
    <message>
        <source>an invalid byte</source>
        <translation>un byte no válido</translation>
    </message>
    <message>
        <source>control character U+{code}</source>
        <translation>carácter de control U+{code}</translation>
    </message>
    <message>
        <source>{chars} is removed</source>
        <translation>Se elimina {chars}</translation>
    </message>
    <message>
        <source>{chars} are removed</source>
        <translation>Se eliminan {chars}</translation>
    </message>
    <message>
        <source>everything except {chars}</source>
        <translation>todo excepto {chars}</translation>
    </message>
    <message>
        <source>capital letters A-Z</source>
        <translation>letras mayúsculas A-Z</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>letras</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>dígitos</translation>
    </message>
    <message>
        <source>An empty value leaves the field unchanged; use Blank to empty it.</source>
        <translation>Un valor vacío deja el campo sin cambios; use Vaciar para dejarlo vacío.</translation>
    </message>
    <message>
        <source>Lead Editor will not send it.</source>
        <translation>Lead Editor no lo enviará.</translation>
    </message>
    <message>
        <source>Carriage returns are dropped.</source>
        <translation>Se quitan los retornos de carro.</translation>
    </message>
    <message>
        <source>&apos;+&apos; becomes a space.</source>
        <translation>&apos;+&apos; se convierte en un espacio.</translation>
    </message>
    <message>
        <source>&apos;+&apos; is removed.</source>
        <translation>Se elimina &apos;+&apos;.</translation>
    </message>
    <message>
        <source>The value is not valid UTF-8, so the server drops it entirely.</source>
        <translation>El valor no es UTF-8 válido, así que el servidor lo descarta por completo.</translation>
    </message>
    <message>
        <source>{removed}: the server keeps no emoji or symbols here.</source>
        <translation>{removed}: el servidor no conserva emojis ni símbolos aquí.</translation>
    </message>
    <message>
        <source>some characters</source>
        <translation>algunos caracteres</translation>
    </message>
    <message>
        <source>&apos;!N&apos; is VICIdial&apos;s line-break marker: it reads back as a line break.</source>
        <translation>&apos;!N&apos; es la marca de salto de línea de VICIdial: al leerse vuelve como un salto de línea.</translation>
    </message>
    <message>
        <source>Nothing survives the server&apos;s filter, so the field will be left unchanged.</source>
        <translation>Nada pasa el filtro del servidor, así que el campo quedará sin cambios.</translation>
    </message>
    <message>
        <source>Not a valid date: the server stores 0000-00-00.</source>
        <translation>No es una fecha válida: el servidor guarda 0000-00-00.</translation>
    </message>
    <message>
        <source>{label} must be one of {choices}; the server stores an empty value.</source>
        <translation>{label} debe ser uno de {choices}; si no, el servidor guarda un valor vacío.</translation>
    </message>
    <message>
        <source>Stored as the number {stored}.</source>
        <translation>Se guarda como el número {stored}.</translation>
    </message>
    <message>
        <source>Stored as the date {stored}.</source>
        <translation>Se guarda como la fecha {stored}.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(sin cambio)</translation>
    </message>
    <message>
        <source>The phone number is written only after “Change phone number”.</source>
        <translation>El número de teléfono solo se escribe después de “Cambiar número de teléfono”.</translation>
    </message>
    <message>
        <source>This moves the lead to list {list}; the server does not check that the list exists or that you may use it, and custom fields stay with the old list.</source>
        <translation>Esto mueve el lead a la lista {list}; el servidor no verifica que la lista exista ni que usted pueda usarla, y los campos personalizados se quedan con la lista anterior.</translation>
    </message>
    <message>
        <source>The server already holds this value.</source>
        <translation>El servidor ya tiene este valor.</translation>
    </message>
    <message>
        <source>The server stores {stored!r}.</source>
        <translation>El servidor guarda {stored!r}.</translation>
    </message>
    <message>
        <source>letters A–Z, digits, ‘-’ and ‘_’</source>
        <translation>letras A–Z, dígitos, ‘-’ y ‘_’</translation>
    </message>
    <message>
        <source>letters (of any alphabet), digits, ‘-’ and ‘_’</source>
        <translation>letras (de cualquier alfabeto), dígitos, ‘-’ y ‘_’</translation>
    </message>
    <message>
        <source>This password contains 1 character that VICIdial&apos;s API removes before checking it (it keeps only {allowed}), so it can never sign in, and each try counts toward the server&apos;s lock-out. Ask an administrator for an API password made of {allowed}.</source>
        <translation>Esta contraseña tiene 1 carácter que la API de VICIdial elimina antes de verificarla (solo conserva {allowed}), así que nunca podrá iniciar sesión, y cada intento cuenta para el bloqueo del servidor. Pida a un administrador una contraseña de la API hecha de {allowed}.</translation>
    </message>
    <message>
        <source>The server locked user {user} after too many failed sign-ins, until about {when}. Trying before then fails and may make the lock last longer.</source>
        <translation>El servidor bloqueó al usuario {user} por demasiados inicios de sesión fallidos, hasta aproximadamente las {when}. Intentarlo antes falla y puede alargar el bloqueo.</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-ins in a row have failed. If this password is wrong too, the server locks user {user} for {m} minutes.</source>
        <translation>
            <numerusform>Ha fallado %n inicio de sesión seguido. Si esta contraseña también es incorrecta, el servidor bloquea al usuario {user} durante {m} minutos.</numerusform>
            <numerusform>Han fallado %n inicios de sesión seguidos. Si esta contraseña también es incorrecta, el servidor bloquea al usuario {user} durante {m} minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-ins in a row have failed. The server locks the user for {m} minutes after {limit} failures (fewer may be left if other programs tried too).</source>
        <translation>
            <numerusform>Ha fallado %n inicio de sesión seguido. El servidor bloquea al usuario durante {m} minutos después de {limit} fallos (pueden quedar menos intentos si otros programas también lo intentaron).</numerusform>
            <numerusform>Han fallado %n inicios de sesión seguidos. El servidor bloquea al usuario durante {m} minutos después de {limit} fallos (pueden quedar menos intentos si otros programas también lo intentaron).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the same password the server refused a moment ago.</source>
        <translation>Es la misma contraseña que el servidor rechazó hace un momento.</translation>
    </message>
    <message numerus="yes">
        <source>This password contains %n characters that VICIdial&apos;s API removes before checking it (it keeps only {allowed}), so it can never sign in, and each try counts toward the server&apos;s lock-out. Ask an administrator for an API password made of {allowed}.</source>
        <translation>
            <numerusform>Esta contraseña contiene %n carácter que la API de VICIdial elimina antes de verificarla (solo conserva {allowed}), así que nunca podrá iniciar sesión, y cada intento cuenta para el bloqueo del servidor. Pida a un administrador una contraseña de API hecha de {allowed}.</numerusform>
            <numerusform>Esta contraseña contiene %n caracteres que la API de VICIdial elimina antes de verificarla (solo conserva {allowed}), así que nunca podrá iniciar sesión, y cada intento cuenta para el bloqueo del servidor. Pida a un administrador una contraseña de API hecha de {allowed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lead {0} was changed on the server since you opened it (%n fields differ)</source>
        <translation>
            <numerusform>el lead {0} se cambió en el servidor desde que lo abrió (%n campo es distinto)</numerusform>
            <numerusform>el lead {0} se cambió en el servidor desde que lo abrió (%n campos son distintos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Setting {0} on %n leads, each by its lead ID.</source>
        <translation>
            <numerusform>Asignando {0} a %n lead, por su ID de lead.</numerusform>
            <numerusform>Asignando {0} a %n leads, cada uno por su ID de lead.</numerusform>
        </translation>
    </message>
    <message>
        <source>its details could not be read; correct it on its own</source>
        <translation>no se pudieron leer sus datos; corríjalo por separado</translation>
    </message>
    <message>
        <source>cancelled before sending</source>
        <translation>cancelado antes de enviar</translation>
    </message>
    <message>
        <source>Already held these values; nothing sent</source>
        <translation>Ya tenía estos valores; no se envió nada</translation>
    </message>
    <message>
        <source>Already held these values</source>
        <translation>Ya tenía estos valores</translation>
    </message>
    <message>
        <source>The answer was lost and reading back could not tell; check this lead</source>
        <translation>Se perdió la respuesta y la relectura no pudo aclararlo; revise este lead</translation>
    </message>
    <message>
        <source>The server failed while reading this lead. VICIdial on PHP 8 fails this way when a value holds an apostrophe (such as O&apos;Brien).</source>
        <translation>El servidor falló al leer este lead. VICIdial con PHP 8 falla así cuando un valor tiene un apóstrofo (como O&apos;Brien).</translation>
    </message>
    <message>
        <source>You may not read this lead&apos;s details (its list is outside your campaigns).</source>
        <translation>Usted no puede leer los datos de este lead (su lista está fuera de sus campañas).</translation>
    </message>
    <message>
        <source>The server did not return this lead&apos;s details (its list may be outside your campaigns).</source>
        <translation>El servidor no devolvió los datos de este lead (puede que su lista esté fuera de sus campañas).</translation>
    </message>
    <message>
        <source>The server failed while reading this lead.</source>
        <translation>El servidor falló al leer este lead.</translation>
    </message>
    <message>
        <source>The server did not answer while reading this lead.</source>
        <translation>El servidor no respondió al leer este lead.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood while reading this lead.</source>
        <translation>No se pudo entender la respuesta del servidor al leer este lead.</translation>
    </message>
    <message>
        <source>This row has 1 more cell than the header has columns ({columns}).</source>
        <translation>Esta fila tiene 1 celda más que columnas en el encabezado ({columns}).</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n more cells than the header has columns ({columns}).</source>
        <translation>
            <numerusform>Esta fila tiene %n celda más que columnas en el encabezado ({columns}).</numerusform>
            <numerusform>Esta fila tiene %n celdas más que columnas en el encabezado ({columns}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch {id} ({source}) did not finish: {done} of %Ln rows done.</source>
        <translation>
            <numerusform>El lote {id} ({source}) no terminó: se completaron {done} de %Ln fila.</numerusform>
            <numerusform>El lote {id} ({source}) no terminó: se completaron {done} de %Ln filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leads match</source>
        <translation>
            <numerusform>%n lead coincide</numerusform>
            <numerusform>%n leads coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for every lead that matches…</source>
        <translation>Buscando todos los leads que coinciden…</translation>
    </message>
    <message>
        <source>Asking the server which lead it would update…</source>
        <translation>Preguntando al servidor qué lead actualizaría…</translation>
    </message>
    <message>
        <source>Reading lead {lead} ({n} of {total})…</source>
        <translation>Leyendo el lead {lead} ({n} de {total})…</translation>
    </message>
    <message>
        <source>Reading lead {lead}…</source>
        <translation>Leyendo el lead {lead}…</translation>
    </message>
    <message>
        <source>Left over from an earlier session</source>
        <translation>Pendiente de una sesión anterior</translation>
    </message>
    <message>
        <source>Saves whose outcome is unknown. “Check now” reads the lead; nothing is sent again.</source>
        <translation>Guardados con resultado desconocido. “Verificar ahora” lee el lead; no se vuelve a enviar nada.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Verificar ahora</translation>
    </message>
    <message>
        <source>Unsaved changes kept from an earlier session.</source>
        <translation>Cambios sin guardar conservados de una sesión anterior.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Lead {0}: a reset for dialing at {1} stopped before its answer came; whether it reached the server is unknown.</source>
        <translation>Lead {0}: un reinicio para marcar del {1} se interrumpió antes de recibir la respuesta; se desconoce si llegó al servidor.</translation>
    </message>
    <message>
        <source>Lead {0}: a deletion at {1} stopped before its answer came; whether the lead was deleted is unknown.</source>
        <translation>Lead {0}: una eliminación del {1} se interrumpió antes de recibir la respuesta; se desconoce si el lead se eliminó.</translation>
    </message>
    <message>
        <source>A new lead with phone number {0} (list {1}), added at {2}, stopped before its answer came; whether it was added is unknown.</source>
        <translation>Un lead nuevo con el número de teléfono {0} (lista {1}), agregado el {2}, se interrumpió antes de recibir la respuesta; se desconoce si se agregó.</translation>
    </message>
    <message>
        <source>Lead {0}: reading it back shows it is reset for dialing. The journal says so now.</source>
        <translation>Lead {0}: al volver a leerlo se ve que está reiniciado para marcar. La bitácora ya lo indica.</translation>
    </message>
    <message>
        <source>Lead {0}: reading it back could not tell whether the reset was done. Nothing was sent again.</source>
        <translation>Lead {0}: al volver a leerlo no se pudo saber si se hizo el reinicio. No se volvió a enviar nada.</translation>
    </message>
    <message>
        <source>Lead {0} no longer exists: the deletion was done. The journal says so now.</source>
        <translation>El lead {0} ya no existe: la eliminación se hizo. La bitácora ya lo indica.</translation>
    </message>
    <message>
        <source>Lead {0} still exists: it was not deleted. Nothing was sent again.</source>
        <translation>El lead {0} sigue existiendo: no se eliminó. No se volvió a enviar nada.</translation>
    </message>
    <message>
        <source>Lead {0} could not be read: whether it was deleted is still unknown. Nothing was sent again.</source>
        <translation>No se pudo leer el lead {0}: todavía se desconoce si se eliminó. No se volvió a enviar nada.</translation>
    </message>
    <message>
        <source>The new lead with phone number {0} was added: it is lead {1}. The journal says so now.</source>
        <translation>El lead nuevo con el número de teléfono {0} se agregó: es el lead {1}. La bitácora ya lo indica.</translation>
    </message>
    <message>
        <source>No lead has phone number {0}: the new lead was not added. Nothing was sent again.</source>
        <translation>Ningún lead tiene el número de teléfono {0}: el lead nuevo no se agregó. No se volvió a enviar nada.</translation>
    </message>
    <message>
        <source>Batches from a file that did not finish. Resume reads back the rows whose outcome is unknown first; nothing is sent twice.</source>
        <translation>Lotes de un archivo que no terminaron. Reanudar vuelve a leer primero las filas con resultado desconocido; no se envía nada dos veces.</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Revi&amp;sar</translation>
    </message>
    <message>
        <source>Batch {0} discarded: it is not offered again.</source>
        <translation>Lote {0} descartado: no se vuelve a ofrecer.</translation>
    </message>
    <message>
        <source>{0} The check failed: {1}</source>
        <translation>{0} La verificación falló: {1}</translation>
    </message>
    <message>
        <source>Lead {0}: the unsaved changes were discarded.</source>
        <translation>Lead {0}: se descartaron los cambios sin guardar.</translation>
    </message>
    <message>
        <source>Something unexpected happened</source>
        <translation>Ocurrió algo inesperado</translation>
    </message>
    <message>
        <source>A report was saved in {0}.</source>
        <translation>Se guardó un informe en {0}.</translation>
    </message>
    <message>
        <source>The report could not be saved to disk; copy the details instead.</source>
        <translation>No se pudo guardar el informe en el disco; copie los detalles.</translation>
    </message>
    <message>
        <source>Lead Editor met an error it did not expect. Nothing more was sent to the server because of it, and the window stays open: check the lead you were working on before saving again.

{0} No password is in it; you can send it to whoever supports Lead Editor.</source>
        <translation>Lead Editor encontró un error que no esperaba. Por él no se envió nada más al servidor y la ventana sigue abierta: revise el lead en el que trabajaba antes de volver a guardar.

{0} No contiene ninguna contraseña; puede enviarlo a quien dé soporte a Lead Editor.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostrar &amp;detalles</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation>1 lead</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 cambio</translation>
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
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>called once in all</source>
        <translation>llamado una vez en total</translation>
    </message>
    <message numerus="yes">
        <source>called %n times in all</source>
        <translation>
            <numerusform>llamado %n vez en total</numerusform>
            <numerusform>llamado %n veces en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>called %n times</source>
        <translation>
            <numerusform>llamado %n vez</numerusform>
            <numerusform>llamado %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>accents and other alphabets are kept (the server&apos;s non-latin setting is on)</source>
        <translation>se conservan los acentos y los otros alfabetos (la opción non-latin del servidor está encendida)</translation>
    </message>
    <message>
        <source>accents and letters of other alphabets are removed by the server (its non-latin setting is off)</source>
        <translation>el servidor elimina los acentos y las letras de otros alfabetos (su opción non-latin está apagada)</translation>
    </message>
    <message>
        <source>no custom fields</source>
        <translation>sin campos personalizados</translation>
    </message>
    <message>
        <source>custom fields of list {0}</source>
        <translation>campos personalizados de la lista {0}</translation>
    </message>
    <message>
        <source>not called since the list was last reset</source>
        <translation>no llamado desde el último reinicio de la lista</translation>
    </message>
    <message>
        <source>called once since the list was last reset</source>
        <translation>llamado una vez desde el último reinicio de la lista</translation>
    </message>
    <message numerus="yes">
        <source>called %n times since the list was last reset</source>
        <translation>
            <numerusform>llamado %n vez desde el último reinicio de la lista</numerusform>
            <numerusform>llamado %n veces desde el último reinicio de la lista</numerusform>
        </translation>
    </message>
    <message>
        <source>At most 1 character.</source>
        <translation>Como máximo 1 carácter.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>Como máximo %n carácter.</numerusform>
            <numerusform>Como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>which list&apos;s custom fields a lead carries</source>
        <translation>de qué lista son los campos personalizados que lleva un lead</translation>
    </message>
    <message>
        <source>“{0}”: {1}</source>
        <translation>“{0}”: {1}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a lead without custom fields</comment>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Non-latin setting</source>
        <translation>Opción non-latin</translation>
    </message>
    <message>
        <source>Called since last reset</source>
        <translation>Llamadas desde el último reinicio</translation>
    </message>
    <message>
        <source>a field that holds nothing, whether it was empty or was blanked</source>
        <translation>un campo que no contiene nada, ya sea porque estaba vacío o porque se vació</translation>
    </message>
    <message>
        <source>the name Lead Editor gives itself in the server&apos;s API log</source>
        <translation>el nombre con que Lead Editor figura en el registro de la API del servidor</translation>
    </message>
    <message>
        <source>Go to the phone number search</source>
        <translation>Ir a la búsqueda por teléfono</translation>
    </message>
    <message>
        <source>Go to the lead ID search</source>
        <translation>Ir a la búsqueda por ID de lead</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Search (in the search pane); confirm (in a dialog)</source>
        <translation>Buscar (en el panel de búsqueda); confirmar (en un diálogo)</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Arriba, Abajo</translation>
    </message>
    <message>
        <source>Choose a lead in the results</source>
        <translation>Elegir un lead en los resultados</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>Go straight to that field or button</source>
        <translation>Ir directamente a ese campo o botón</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Campo siguiente o anterior</translation>
    </message>
    <message>
        <source>Stop waiting for the server; close a dialog without sending anything; leave editing several leads together</source>
        <translation>Dejar de esperar al servidor; cerrar un diálogo sin enviar nada; dejar de editar varios leads a la vez</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Stop editing these leads together and edit one lead again (Esc)</source>
        <translation>Dejar de editar estos leads a la vez y volver a editar un solo lead (Esc)</translation>
    </message>
    <message>
        <source>Editing several leads together</source>
        <translation>Editando varios leads a la vez</translation>
    </message>
    <message>
        <source>Fields marked “leave as is” stay as they are on each lead. Each lead is read again before anything is sent, you confirm lead by lead, and each is written by its own lead ID.</source>
        <translation>Los campos marcados “dejar como está” se quedan como están en cada lead. Cada lead se vuelve a leer antes de enviar nada, usted confirma lead por lead, y cada uno se escribe por su propio ID de lead.</translation>
    </message>
    <message numerus="yes">
        <source>Editing %n leads together: only the fields you change are written, to each lead.</source>
        <translation>
            <numerusform>Editando %n lead a la vez: solo se escriben los campos que usted cambie, en cada lead.</numerusform>
            <numerusform>Editando %n leads a la vez: solo se escriben los campos que usted cambie, en cada lead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leads are edited together. Change only what must be the same on all of them; Leave (Esc) to edit one lead.</source>
        <translation>
            <numerusform>Se está editando %n lead a la vez. Cambie solo lo que deba ser igual en todos; use Salir (Esc) para editar un solo lead.</numerusform>
            <numerusform>Se están editando %n leads a la vez. Cambie solo lo que deba ser igual en todos; use Salir (Esc) para editar un solo lead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the selected leads together</source>
        <translation>Editar a la vez los leads seleccionados</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n selected leads together</source>
        <translation>
            <numerusform>Editar %n lead seleccionado a la vez</numerusform>
            <numerusform>Editar %n leads seleccionados a la vez</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written: {0}</source>
        <translation>No se escribe: {0}</translation>
    </message>
    <message>
        <source>Could not be read now ({0}); it is read again just before writing</source>
        <translation>No se pudo leer ahora ({0}); se vuelve a leer justo antes de escribir</translation>
    </message>
    <message>
        <source>Changed on the server since it was listed ({0}): stopped as a conflict, not written</source>
        <translation>Cambió en el servidor desde que se listó ({0}): se detiene como conflicto y no se escribe</translation>
    </message>
    <message numerus="yes">
        <source>Confirm one change to %n leads</source>
        <translation>
            <numerusform>Confirmar un cambio para %n lead</numerusform>
            <numerusform>Confirmar un cambio para %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply this change to %n leads?</source>
        <translation>
            <numerusform>¿Aplicar este cambio a %n lead?</numerusform>
            <numerusform>¿Aplicar este cambio a %n leads?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent yet. “Now” is each lead as the server holds it, read just now. Only the fields below are written{0}, to each lead by its lead ID; each lead is read again just before writing, stopped if anyone changed it, and read back after.</source>
        <translation>Todavía no se ha enviado nada. “Ahora” es cada lead tal como lo tiene el servidor, leído en este momento. Solo se escriben los campos de abajo{0}, en cada lead por su ID de lead; cada lead se vuelve a leer justo antes de escribir, se detiene si alguien lo cambió, y se vuelve a leer después.</translation>
    </message>
    <message>
        <source>Changes to be saved, lead by lead</source>
        <translation>Cambios por guardar, lead por lead</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Before you apply, note:</source>
        <translation>⚠ Antes de aplicar, tenga en cuenta:</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n leads</source>
        <translation>
            <numerusform>Aplicar a %n lead</numerusform>
            <numerusform>Aplicar a %n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown (not read)</source>
        <translation>desconocido (no se leyó)</translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>(no se escribe)</translation>
    </message>
    <message>
        <source>Lead {0}, {1}: {2}</source>
        <translation>Lead {0}, {1}: {2}</translation>
    </message>
    <message>
        <source>Which lead field each column of the file feeds</source>
        <translation>Qué campo del lead alimenta cada columna del archivo</translation>
    </message>
    <message>
        <source>Each column: its letter, its header and the lead field it feeds.</source>
        <translation>Cada columna: su letra, su encabezado y el campo del lead que alimenta.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Lead field</source>
        <translation>Campo del lead</translation>
    </message>
    <message>
        <source>Mapping template name</source>
        <translation>Nombre de la plantilla de asignación</translation>
    </message>
    <message>
        <source>Type a name to save this mapping, or pick one to load.</source>
        <translation>Escriba un nombre para guardar esta asignación, o elija una para cargarla.</translation>
    </message>
    <message>
        <source>&amp;Load template</source>
        <translation>&amp;Cargar plantilla</translation>
    </message>
    <message>
        <source>Sa&amp;ve as template</source>
        <translation>&amp;Guardar como plantilla</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>Headers are matched to lead fields by name. Change any column&apos;s field, or choose “Not used”. The phone number and the list ID are only changed when you choose them here.</source>
        <translation>Los encabezados se asignan a los campos del lead por su nombre. Cambie el campo de cualquier columna, o elija “Sin usar”. El número de teléfono y el ID de lista solo se cambian si usted los elige aquí.</translation>
    </message>
    <message>
        <source>Not used (nothing matched): {0}</source>
        <translation>Sin usar (no coincidió nada): {0}</translation>
    </message>
    <message>
        <source>Every column is used.</source>
        <translation>Se usan todas las columnas.</translation>
    </message>
    <message>
        <source>Lead field for column {0} “{1}”</source>
        <translation>Campo del lead para la columna {0} “{1}”</translation>
    </message>
    <message>
        <source>“Not used” ignores the column.</source>
        <translation>“Sin usar” ignora la columna.</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Sin usar</translation>
    </message>
    <message>
        <source>Match key ({0})</source>
        <translation>Clave de búsqueda ({0})</translation>
    </message>
    <message>
        <source>Custom field “{0}”</source>
        <translation>Campo personalizado “{0}”</translation>
    </message>
    <message>
        <source>Dry run counts</source>
        <translation>Conteos de la simulación</translation>
    </message>
    <message>
        <source>S&amp;top the dry run</source>
        <translation>&amp;Detener la simulación</translation>
    </message>
    <message>
        <source>Problems of the dry run, by reason</source>
        <translation>Problemas de la simulación, por motivo</translation>
    </message>
    <message>
        <source>What the apply will do</source>
        <translation>Lo que se hará al aplicar</translation>
    </message>
    <message>
        <source>Rows done</source>
        <translation>Filas hechas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Cancel the rest</source>
        <translation>&amp;Cancelar el resto</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>E&amp;xportar resultados…</translation>
    </message>
    <message>
        <source>Writes the results file and, beside it, a file of the rows that need attention</source>
        <translation>Escribe el archivo de resultados y, junto a él, un archivo con las filas que requieren atención</translation>
    </message>
    <message>
        <source>Where the results were written</source>
        <translation>Dónde se escribieron los resultados</translation>
    </message>
    <message>
        <source>Words used here</source>
        <translation>Palabras usadas aquí</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
</context>
</TS>
