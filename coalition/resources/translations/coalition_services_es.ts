<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionStatus</name>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Hecha a mano</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Antes de una actualización</translation>
    </message>
</context>
<context>
    <name>CallStatus</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <source>that action item no longer exists</source>
        <translation>esa tarea ya no existe</translation>
    </message>
    <message>
        <source>that agenda item belongs to another call</source>
        <translation>ese punto de agenda pertenece a otra llamada</translation>
    </message>
    <message>
        <source>an item cannot be done on a day still to come</source>
        <translation>una tarea no puede darse por hecha en un día que todavía no llega</translation>
    </message>
    <message>
        <source>the calendar server at {where} does not let {username!r} write to that calendar (HTTP 403: is it theirs, or shared with them?); the changes wait until it does</source>
        <translation>el servidor de calendario en {where} no deja que {username!r} escriba en ese calendario (HTTP 403: ¿es suyo, o se lo compartieron?); los cambios esperan hasta que lo permita</translation>
    </message>
    <message>
        <source>the calendar server at {where} refused the user name or password for {username!r}; the changes wait until it takes them</source>
        <translation>el servidor de calendario en {where} rechazó el nombre de usuario o la contraseña de {username!r}; los cambios esperan hasta que los acepte</translation>
    </message>
    <message>
        <source>cannot reach the calendar server at {where}: is it running, and is this laptop online? The changes wait and go with the next publish</source>
        <translation>no se puede llegar al servidor de calendario en {where}: ¿está funcionando, y esta computadora tiene conexión? Los cambios esperan y saldrán con la próxima publicación</translation>
    </message>
    <message>
        <source>the calendar server at {where} answered: {detail}</source>
        <translation>el servidor de calendario en {where} respondió: {detail}</translation>
    </message>
    <message>
        <source>the calendar server at {value} does not let this user {what} (HTTP {status}); the changes wait until it does</source>
        <translation>el servidor de calendario en {value} no permite a este usuario {what} (HTTP {status}); los cambios esperan hasta que lo permita</translation>
    </message>
    <message>
        <source>the calendar server at {value} would not {what} (HTTP {status}); the changes wait and go with the next publish</source>
        <translation>el servidor de calendario en {value} no quiso {what} (HTTP {status}); los cambios esperan y saldrán con la próxima publicación</translation>
    </message>
    <message>
        <source>no calendar is set to publish to: run `coalition publish-caldav URL --user USER`</source>
        <translation>no hay ningún calendario configurado para publicar: ejecute `coalition publish-caldav URL --user USUARIO`</translation>
    </message>
    <message>
        <source>a call of its own is no week of a series</source>
        <translation>una llamada suelta no es una semana de una serie</translation>
    </message>
    <message>
        <source>that call series no longer exists</source>
        <translation>esa serie de llamadas ya no existe</translation>
    </message>
    <message>
        <source>the series &apos;{title}&apos; has no organizer with an e-mail address; invitations need one for the answers to go to</source>
        <translation>la serie “{title}” no tiene quien organice con dirección de correo; las invitaciones necesitan una para que lleguen las respuestas</translation>
    </message>
    <message>
        <source>the call of {original_date} is not cancelled: there is no cancellation to send</source>
        <translation>la llamada del {original_date} no está cancelada: no hay cancelación que enviar</translation>
    </message>
    <message>
        <source>the call of {original_date} is as the series has it: there is no change to announce</source>
        <translation>la llamada del {original_date} sigue tal como la tiene la serie: no hay cambio que anunciar</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} no existe</translation>
    </message>
    <message>
        <source>{path} is a folder, not an iCalendar file</source>
        <translation>{path} es una carpeta, no un archivo iCalendar</translation>
    </message>
    <message>
        <source>cannot read {path}: {strerror}</source>
        <translation>no se puede leer {path}: {strerror}</translation>
    </message>
    <message>
        <source>the event &apos;{summary}&apos;</source>
        <translation>el evento “{summary}”</translation>
    </message>
    <message>
        <source>the event {uid}</source>
        <translation>el evento {uid}</translation>
    </message>
    <message>
        <source>the event (without UID)</source>
        <translation>el evento (sin UID)</translation>
    </message>
    <message>
        <source>{path}: {event} {problem}</source>
        <translation>{path}: {event} {problem}</translation>
    </message>
    <message>
        <source>has more than one {name}, which RFC 5545 forbids</source>
        <translation>tiene más de un {name}, lo que RFC 5545 prohíbe</translation>
    </message>
    <message>
        <source>has no start (DTSTART)</source>
        <translation>no tiene inicio (DTSTART)</translation>
    </message>
    <message>
        <source>has an unreadable DURATION ({exc})</source>
        <translation>tiene una DURATION ilegible ({exc})</translation>
    </message>
    <message>
        <source>ends on a date but starts at a time</source>
        <translation>termina en una fecha pero empieza a una hora</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date or a time</source>
        <translation>“{value}” no es una fecha ni una hora</translation>
    </message>
    <message>
        <source>a time where the event says a date</source>
        <translation>una hora donde el evento indica una fecha</translation>
    </message>
    <message>
        <source>has an unreadable {name} ({exc})</source>
        <translation>tiene un {name} ilegible ({exc})</translation>
    </message>
    <message>
        <source>uses the time zone &apos;{tzid}&apos;, which the file does not define (no VTIMEZONE)</source>
        <translation>usa la zona horaria “{tzid}”, que el archivo no define (no hay VTIMEZONE)</translation>
    </message>
    <message>
        <source>{path} cannot be read as iCalendar: {exc}</source>
        <translation>{path} no se puede leer como iCalendar: {exc}</translation>
    </message>
    <message>
        <source>{path}: the events cannot be expanded: {exc}</source>
        <translation>{path}: no se pueden desplegar los eventos: {exc}</translation>
    </message>
    <message>
        <source>repeats more than {count} times between {first} and {last} (its rule: {rule}): no coalition call is held that often; nothing was imported</source>
        <translation>se repite más de {count} veces entre {first} y {last} (su regla: {rule}): ninguna llamada de la coalición es tan frecuente; no se importó nada</translation>
    </message>
    <message>
        <source>has an unreadable {name} ({problem})</source>
        <translation>tiene un {name} ilegible ({problem})</translation>
    </message>
    <message>
        <source>repeats every second (its rule: {rule}): no coalition call is held that often; nothing was imported</source>
        <translation>se repite cada segundo (su regla: {rule}): ninguna llamada de la coalición es tan frecuente; no se importó nada</translation>
    </message>
    <message>
        <source>repeats every minute (its rule: {rule}): no coalition call is held that often; nothing was imported</source>
        <translation>se repite cada minuto (su regla: {rule}): ninguna llamada de la coalición es tan frecuente; no se importó nada</translation>
    </message>
    <message>
        <source>the expansion ends ({last}) before it begins ({first})</source>
        <translation>el despliegue termina ({last}) antes de empezar ({first})</translation>
    </message>
    <message>
        <source>{source} holds no events (no VEVENT)</source>
        <translation>{source} no contiene eventos (ningún VEVENT)</translation>
    </message>
    <message>
        <source>{target} is a folder: give the feed a file name (calls.ics)</source>
        <translation>{target} es una carpeta: indique un nombre de archivo para el calendario de suscripción (calls.ics)</translation>
    </message>
    <message>
        <source>there is no folder {parent} to keep the feed in</source>
        <translation>no existe la carpeta {parent} para guardar el calendario de suscripción</translation>
    </message>
    <message>
        <source>{target} is there already and is not a calendar: the feed would write over it; give another file name</source>
        <translation>{target} ya existe y no es un calendario: el canal lo sobrescribiría; indique otro nombre de archivo</translation>
    </message>
    <message>
        <source>{url!r} is not a calendar&apos;s address: give its http(s):// URL, as the calendar server shows it (Nextcloud: the calendar&apos;s menu, Copy private link)</source>
        <translation>{url!r} no es la dirección de un calendario: indique su URL http(s)://, tal como la muestra el servidor de calendario (Nextcloud: menú del calendario, Copiar enlace privado)</translation>
    </message>
    <message>
        <source>the calendar&apos;s URL holds a user name or password, which other users of this computer can read in the list of running programs; give the URL without it and the user with --user</source>
        <translation>la URL del calendario contiene un nombre de usuario o una contraseña, que otros usuarios de esta computadora pueden ver en la lista de programas en ejecución; indique la URL sin ellos y el usuario con --user</translation>
    </message>
    <message>
        <source>the feed could not be written to {path}: {value}</source>
        <translation>no se pudo escribir el calendario de suscripción en {path}: {value}</translation>
    </message>
    <message>
        <source>{name}: line {number} holds binary data (a control character), not text; the file is not an iCalendar file, or it is damaged</source>
        <translation>{name}: la línea {number} contiene datos binarios (un carácter de control), no texto; el archivo no es iCalendar o está dañado</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} está vacío</translation>
    </message>
    <message>
        <source>{name} is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)</source>
        <translation>{name} no es un archivo iCalendar (no empieza con BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>{name} is cut short: it ends before END:VCALENDAR, at line {last}, inside the BEGIN:{component} of line {begun}</source>
        <translation>{name} está incompleto: termina antes de END:VCALENDAR, en la línea {last}, dentro del BEGIN:{component} de la línea {begun}</translation>
    </message>
    <message>
        <source>{name} is cut short: it ends before END:VCALENDAR, at line {last}</source>
        <translation>{name} está incompleto: termina antes de END:VCALENDAR, en la línea {last}</translation>
    </message>
    <message>
        <source>{name}: line {number} is not an iCalendar property: &apos;{line}&apos;</source>
        <translation>{name}: la línea {number} no es una propiedad iCalendar: “{line}”</translation>
    </message>
    <message>
        <source>{name}: BEGIN:{inner} on line {begun} has no END:{inner}</source>
        <translation>{name}: el BEGIN:{inner} de la línea {begun} no tiene END:{inner}</translation>
    </message>
    <message>
        <source>{name}: END:{component} on line {number} closes nothing</source>
        <translation>{name}: el END:{component} de la línea {number} no cierra nada</translation>
    </message>
    <message>
        <source>{name}: the time zone defined on line {line} needs one TZID</source>
        <translation>{name}: la zona horaria definida en la línea {line} necesita un TZID</translation>
    </message>
    <message>
        <source>{name}: the time zone defined on line {line} cannot be read ({exc})</source>
        <translation>{name}: no se puede leer la zona horaria definida en la línea {line} ({exc})</translation>
    </message>
    <message>
        <source>that person is no longer in the directory</source>
        <translation>esa persona ya no está en el directorio</translation>
    </message>
    <message>
        <source>a time box is between 1 minute and 24 hours</source>
        <translation>el tiempo de un punto va de 1 minuto a 24 horas</translation>
    </message>
    <message>
        <source>that agenda item no longer exists</source>
        <translation>ese punto de agenda ya no existe</translation>
    </message>
    <message>
        <source>some of these items are not on this call&apos;s agenda</source>
        <translation>algunos de estos puntos no están en la agenda de esta llamada</translation>
    </message>
    <message>
        <source>an item is listed twice</source>
        <translation>un punto aparece dos veces</translation>
    </message>
    <message>
        <source>choose who came</source>
        <translation>elija quién asistió</translation>
    </message>
    <message>
        <source>the first call needs a date</source>
        <translation>la primera llamada necesita una fecha</translation>
    </message>
    <message>
        <source>the interval is at least 1</source>
        <translation>el intervalo es de 1 como mínimo</translation>
    </message>
    <message>
        <source>choose at least one weekday</source>
        <translation>elija al menos un día de la semana</translation>
    </message>
    <message>
        <source>monthly calls are on the first to fourth, or the last, weekday</source>
        <translation>las llamadas mensuales caen del primero al cuarto, o en el último, día de la semana elegido del mes</translation>
    </message>
    <message>
        <source>the series ends before its first call</source>
        <translation>la serie termina antes de su primera llamada</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day (like 17:30 or 5:30 PM)</source>
        <translation>“{text}” no es una hora del día (como 17:30 o 5:30 PM)</translation>
    </message>
    <message>
        <source>a call lasts between 1 minute and 24 hours</source>
        <translation>una llamada dura entre 1 minuto y 24 horas</translation>
    </message>
    <message>
        <source>this rule gives no call at all</source>
        <translation>con esta regla no hay ninguna llamada</translation>
    </message>
    <message>
        <source>the series has no call on {original_date}</source>
        <translation>la serie no tiene llamada el {original_date}</translation>
    </message>
    <message>
        <source>the start needs a time zone</source>
        <translation>el inicio necesita una zona horaria</translation>
    </message>
    <message>
        <source>the new time needs a time zone</source>
        <translation>la nueva hora necesita una zona horaria</translation>
    </message>
    <message>
        <source>that call no longer exists</source>
        <translation>esa llamada ya no existe</translation>
    </message>
</context>
<context>
    <name>CampaignKind</name>
    <message>
        <source>Ballot initiative</source>
        <translation>Iniciativa de ley</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Policy position</source>
        <translation>Postura política</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>Add action item</source>
        <translation>Agregar tarea</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Editar tarea</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Eliminar tarea</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message>
        <source>Prepare call</source>
        <translation>Preparar la llamada</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Agregar punto de agenda</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Editar punto de agenda</translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation>Eliminar punto de agenda</translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation>Reordenar la agenda</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Registrar asistencia</translation>
    </message>
    <message>
        <source>Add call series</source>
        <translation>Agregar serie de llamadas</translation>
    </message>
    <message>
        <source>Edit call series</source>
        <translation>Editar serie de llamadas</translation>
    </message>
    <message>
        <source>Cancel call series</source>
        <translation>Cancelar serie de llamadas</translation>
    </message>
    <message>
        <source>Delete call series</source>
        <translation>Eliminar serie de llamadas</translation>
    </message>
    <message>
        <source>Add call</source>
        <translation>Agregar llamada</translation>
    </message>
    <message>
        <source>Move call</source>
        <translation>Mover llamada</translation>
    </message>
    <message>
        <source>Cancel call</source>
        <translation>Cancelar llamada</translation>
    </message>
    <message>
        <source>Restore call</source>
        <translation>Restablecer llamada</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>Propose a decision</source>
        <translation>Proponer una decisión</translation>
    </message>
    <message>
        <source>Edit proposal</source>
        <translation>Editar propuesta</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Cerrar la votación</translation>
    </message>
    <message>
        <source>Close the votes due</source>
        <translation>Cerrar las votaciones vencidas</translation>
    </message>
    <message>
        <source>Give a proxy</source>
        <translation>Otorgar un poder de voto</translation>
    </message>
    <message>
        <source>Revoke a proxy</source>
        <translation>Revocar un poder de voto</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Eliminar organización</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Eliminar campaña</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Unir personas</translation>
    </message>
    <message>
        <source>Change who can see a record</source>
        <translation>Cambiar quién puede ver un registro</translation>
    </message>
    <message>
        <source>Change who a record belongs to</source>
        <translation>Cambiar a quién pertenece un registro</translation>
    </message>
    <message>
        <source>Set profile</source>
        <translation>Configurar perfil</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Cambiar de perfil</translation>
    </message>
    <message>
        <source>Add organization</source>
        <translation>Agregar organización</translation>
    </message>
    <message>
        <source>Edit organization</source>
        <translation>Editar organización</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Agregar persona</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Add membership</source>
        <translation>Agregar membresía</translation>
    </message>
    <message>
        <source>Edit membership</source>
        <translation>Editar membresía</translation>
    </message>
    <message>
        <source>Remove membership</source>
        <translation>Quitar membresía</translation>
    </message>
    <message>
        <source>Change setting</source>
        <translation>Cambiar un ajuste</translation>
    </message>
    <message>
        <source>Share private records with an organization</source>
        <translation>Compartir registros privados con una organización</translation>
    </message>
    <message>
        <source>Stop sharing private records with an organization</source>
        <translation>Dejar de compartir registros privados con una organización</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Agregar comentario</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Eliminar comentario</translation>
    </message>
    <message>
        <source>Add draft</source>
        <translation>Agregar borrador</translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation>Editar borrador</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>Save core text</source>
        <translation>Guardar el mensaje central</translation>
    </message>
    <message>
        <source>Save variant text</source>
        <translation>Guardar el texto de la versión</translation>
    </message>
    <message>
        <source>Restore revision</source>
        <translation>Restablecer revisión</translation>
    </message>
    <message>
        <source>Ask for sign-off</source>
        <translation>Pedir aprobación</translation>
    </message>
    <message>
        <source>Record sign-off answer</source>
        <translation>Registrar la respuesta de aprobación</translation>
    </message>
    <message>
        <source>Withdraw sign-off</source>
        <translation>Retirar la aprobación</translation>
    </message>
    <message>
        <source>Change draft status</source>
        <translation>Cambiar el estado del borrador</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Agregar versión</translation>
    </message>
    <message>
        <source>Edit variant</source>
        <translation>Editar versión</translation>
    </message>
    <message>
        <source>Delete variant</source>
        <translation>Eliminar versión</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>Agregar campaña</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Editar campaña</translation>
    </message>
    <message>
        <source>Record endorsement</source>
        <translation>Registrar respaldo</translation>
    </message>
    <message>
        <source>Change endorsement</source>
        <translation>Cambiar respaldo</translation>
    </message>
    <message>
        <source>Change endorsement status</source>
        <translation>Cambiar el estado del respaldo</translation>
    </message>
    <message>
        <source>Delete endorsement</source>
        <translation>Eliminar respaldo</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Agregar evento</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>Cancelar evento</translation>
    </message>
    <message>
        <source>Restore event</source>
        <translation>Restablecer evento</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <source>Set the kiosk PIN</source>
        <translation>Definir el PIN del quiosco</translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation>Agregar turno</translation>
    </message>
    <message>
        <source>Edit shift</source>
        <translation>Editar turno</translation>
    </message>
    <message>
        <source>Delete shift</source>
        <translation>Eliminar turno</translation>
    </message>
    <message>
        <source>Assign to shift</source>
        <translation>Asignar a un turno</translation>
    </message>
    <message>
        <source>Take off shift</source>
        <translation>Quitar del turno</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Registrar salida</translation>
    </message>
    <message>
        <source>Note shift reminders</source>
        <translation>Anotar recordatorios de turno</translation>
    </message>
    <message>
        <source>Import sign-ups</source>
        <translation>Importar inscripciones</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Inscribirse</translation>
    </message>
    <message>
        <source>Review sign-ups</source>
        <translation>Revisar inscripciones</translation>
    </message>
    <message>
        <source>Record a petition batch</source>
        <translation>Registrar un lote de firmas</translation>
    </message>
    <message>
        <source>Edit a petition batch</source>
        <translation>Editar un lote de firmas</translation>
    </message>
    <message>
        <source>Verify a petition batch</source>
        <translation>Verificar un lote de firmas</translation>
    </message>
    <message>
        <source>Delete a petition batch</source>
        <translation>Eliminar un lote de firmas</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Agregar meta</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Eliminar meta</translation>
    </message>
    <message>
        <source>Record a goal&apos;s value</source>
        <translation>Registrar un valor de la meta</translation>
    </message>
    <message>
        <source>Edit a goal&apos;s value</source>
        <translation>Editar un valor de la meta</translation>
    </message>
    <message>
        <source>Delete a goal&apos;s value</source>
        <translation>Eliminar un valor de la meta</translation>
    </message>
    <message>
        <source>Report registrations</source>
        <translation>Informar registros</translation>
    </message>
    <message>
        <source>Edit a registration report</source>
        <translation>Editar un informe de inscripciones</translation>
    </message>
    <message>
        <source>Delete a registration report</source>
        <translation>Eliminar un informe de inscripciones</translation>
    </message>
    <message>
        <source>Set up mail</source>
        <translation>Configurar el correo</translation>
    </message>
    <message>
        <source>Preview mail</source>
        <translation>Vista previa del correo</translation>
    </message>
    <message>
        <source>Change what a call series sends</source>
        <translation>Cambiar lo que envía una serie de llamadas</translation>
    </message>
    <message>
        <source>Mark minutes final</source>
        <translation>Marcar el acta como final</translation>
    </message>
    <message>
        <source>Read reply</source>
        <translation>Leer respuesta</translation>
    </message>
    <message>
        <source>Change how mail is sent</source>
        <translation>Cambiar cómo se envía el correo</translation>
    </message>
    <message>
        <source>Load the sample coalition</source>
        <translation>Cargar la coalición de ejemplo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Decide a sync conflict</source>
        <translation>Resolver un conflicto de sincronización</translation>
    </message>
    <message>
        <source>Suggest a change</source>
        <translation>Sugerir un cambio</translation>
    </message>
    <message>
        <source>Send a change to a coordinator</source>
        <translation>Enviar un cambio a la coordinación</translation>
    </message>
    <message>
        <source>Apply a suggestion</source>
        <translation>Aplicar una sugerencia</translation>
    </message>
    <message>
        <source>Decline a suggestion</source>
        <translation>Rechazar una sugerencia</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Keep a coalition&apos;s allies, endorsements, calls and shared messaging in one place.</source>
        <translation>Reúne en un solo lugar los aliados, los respaldos, las llamadas y los mensajes compartidos de una coalición.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>the database file or URL (default: $COALITION_DB, else the file in your data folder)</source>
        <translation>el archivo o la URL de la base de datos (por omisión: $COALITION_DB, si no, el archivo de su carpeta de datos)</translation>
    </message>
    <message>
        <source>create the file named with --db unencrypted (a new file is encrypted otherwise)</source>
        <translation>crea sin cifrar el archivo indicado con --db (si no, un archivo nuevo se cifra)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <source>coalition: {error}</source>
        <translation>coalition: {error}</translation>
    </message>
    <message>
        <source>coalition: interrupted</source>
        <translation>coalition: interrumpido</translation>
    </message>
    <message>
        <source>coalition: internal error ({kind}: {exc}); run again with COALITION_DEBUG=1 for the details, and please report it</source>
        <translation>coalition: error interno ({kind}: {exc}); vuelva a ejecutarlo con COALITION_DEBUG=1 para ver los detalles y, por favor, repórtelo</translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation>abre la ventana (lo predeterminado)</translation>
    </message>
    <message>
        <source>fill an empty database with the sample coalition (acting as its coordinator when nobody is set up)</source>
        <translation>llena una base de datos vacía con la coalición de ejemplo (actuando como su coordinador/a si nadie está configurado)</translation>
    </message>
    <message>
        <source>Loaded the sample coalition into {describe}: {summary}</source>
        <translation>Se cargó la coalición de ejemplo en {describe}: {summary}</translation>
    </message>
    <message>
        <source>You act as the sample&apos;s coordinator, {name}; to work as yourself: coalition profile --name NAME --email ADDRESS --org ORGANIZATION</source>
        <translation>Usted actúa como coordinador/a del ejemplo, {name}; para trabajar con su propio nombre: coalition profile --name NOMBRE --email DIRECCIÓN --org ORGANIZACIÓN</translation>
    </message>
    <message>
        <source>write the calls, one-off events and campaign deadlines to an iCalendar file</source>
        <translation>escribe las llamadas, los eventos únicos y las fechas límite de las campañas en un archivo iCalendar</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>that call series alone</source>
        <translation>solo esa serie de llamadas</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>first day (default: today)</source>
        <translation>primer día (por omisión: hoy)</translation>
    </message>
    <message>
        <source>last day (default: a year on)</source>
        <translation>último día (por omisión: dentro de un año)</translation>
    </message>
    <message>
        <source>write one invitation (.ics) per participant of each call series</source>
        <translation>escribe una invitación (.ics) por participante de cada serie de llamadas</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>import a partner&apos;s iCalendar file as single calls (all or nothing)</source>
        <translation>importa el archivo iCalendar de una organización aliada como llamadas sueltas (todo o nada)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>the file&apos;s charset when known (a Content-Type&apos;s, e.g. windows-1252); else a byte order mark, UTF-8 or Windows-1252, as the bytes say</source>
        <translation>la codificación del archivo, si se conoce (la de un Content-Type, p. ej. windows-1252); si no, una marca de orden de bytes, UTF-8 o Windows-1252, según indiquen los bytes</translation>
    </message>
    <message>
        <source>no call series is called &apos;{title}&apos; (the series: {known})</source>
        <translation>ninguna serie de llamadas se llama “{title}” (las series: {known})</translation>
    </message>
    <message>
        <source>--to {end} comes before --from {start}</source>
        <translation>--to {end} es anterior a --from {start}</translation>
    </message>
    <message>
        <source>{count} different series are called &apos;{series}&apos;; rename one to export it alone</source>
        <translation>{count} series distintas se llaman “{series}”; cambie el nombre de una para exportarla sola</translation>
    </message>
    <message>
        <source>Wrote {events} event{value} ({start} to {end}) to {out}</source>
        <translation>Eventos escritos en {out}: {events} ({start} a {end})</translation>
    </message>
    <message>
        <source>there are no call series to invite anyone to</source>
        <translation>no hay series de llamadas a las que invitar</translation>
    </message>
    <message>
        <source>{title}: wrote {count} {what} to {folder}: {names}</source>
        <translation>{title}: {count} {what} escritos en {folder}: {names}</translation>
    </message>
    <message>
        <source>{title}: no participant to write to</source>
        <translation>{title}: no hay participantes a quienes escribir</translation>
    </message>
    <message>
        <source>{title}: skipped for lack of an e-mail address: {names}</source>
        <translation>{title}: se omitieron por no tener dirección de correo: {names}</translation>
    </message>
    <message>
        <source>cast an organization&apos;s ballot on a proposal (its delegate, a proxy, or the chair)</source>
        <translation>emite la boleta de una organización sobre una propuesta (su delegado/a, un poder de voto o quien preside)</translation>
    </message>
    <message>
        <source>Cast the ballot of the organization named with --org: as its delegate, as the delegate of an organization holding its proxy, or, with --on-behalf, as the chair (a coordinator) recording what it said on a call. A changed vote is a new ballot: the later one stands, both are kept.</source>
        <translation>Emite la boleta de la organización indicada con --org: como su delegado/a, como delegado/a de una organización que tiene su poder de voto o, con --on-behalf, como quien preside (alguien que coordina) y registra lo que dijo en una llamada. Un voto cambiado es una boleta nueva: vale la más reciente y se conservan ambas.</translation>
    </message>
    <message>
        <source>PROPOSAL</source>
        <translation>PROPUESTA</translation>
    </message>
    <message>
        <source>its id, the start of it, or title</source>
        <translation>su id, el comienzo de su id o su título</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANIZACIÓN</translation>
    </message>
    <message>
        <source>whose ballot</source>
        <translation>de quién es la boleta</translation>
    </message>
    <message>
        <source>CHOICE</source>
        <translation>VOTO</translation>
    </message>
    <message>
        <source>approve, object, abstain, block…</source>
        <translation>approve (aprobar), object (objetar), abstain (abstenerse), block (bloquear)…</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>why (object and block)</source>
        <translation>por qué (al objetar o bloquear)</translation>
    </message>
    <message>
        <source>the chair records the ballot an organization said aloud on a call</source>
        <translation>quien preside registra la boleta que una organización dio de viva voz en una llamada</translation>
    </message>
    <message>
        <source>list the proposals with their tallies (open ones first)</source>
        <translation>lista las propuestas con su recuento (primero las abiertas)</translation>
    </message>
    <message>
        <source>those still taking ballots</source>
        <translation>las que todavía reciben boletas</translation>
    </message>
    <message>
        <source>those closed</source>
        <translation>las cerradas</translation>
    </message>
    <message>
        <source>close a proposal now: count, freeze the outcome, publish an adopted declaration</source>
        <translation>cierra ya una propuesta: cuenta los votos, fija el resultado y publica la declaración si se adoptó</translation>
    </message>
    <message>
        <source>print (or write) the declaration an adopted proposal published</source>
        <translation>imprime (o escribe) la declaración que publicó una propuesta adoptada</translation>
    </message>
    <message>
        <source>FILE.md</source>
        <translation>ARCHIVO.md</translation>
    </message>
    <message>
        <source>write it to this Markdown file</source>
        <translation>la escribe en este archivo Markdown</translation>
    </message>
    <message>
        <source>put a proposal to the member organizations; prints its id</source>
        <translation>somete una propuesta a las organizaciones miembro; imprime su id</translation>
    </message>
    <message>
        <source>Put a proposal to the member organizations (every active one, or those named with --orgs), one ballot each, until the closing time. With --options, a choice among named options; otherwise approve / object / abstain (and block under consensus). Prints the new proposal&apos;s id.</source>
        <translation>Somete una propuesta a las organizaciones miembro (todas las activas, o las indicadas con --orgs), una boleta cada una, hasta la hora de cierre. Con --options, una elección entre opciones con nombre; si no, aprobar / objetar / abstenerse (y bloquear, por consenso). Imprime el id de la propuesta nueva.</translation>
    </message>
    <message>
        <source>what is proposed</source>
        <translation>lo que se propone</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>the shared draft it is about (title or id)</source>
        <translation>el borrador compartido del que trata (título o id)</translation>
    </message>
    <message>
        <source>when voting closes</source>
        <translation>cuándo cierra la votación</translation>
    </message>
    <message>
        <source>the zone of --closes (default: this computer&apos;s)</source>
        <translation>la zona horaria de --closes (por omisión: la de esta computadora)</translation>
    </message>
    <message>
        <source>organizations that must vote</source>
        <translation>organizaciones que deben votar</translation>
    </message>
    <message>
        <source>who votes (default: every member)</source>
        <translation>quién vota (por omisión: todas las organizaciones miembro)</translation>
    </message>
    <message>
        <source>OPTION</source>
        <translation>OPCIÓN</translation>
    </message>
    <message>
        <source>named options to choose among</source>
        <translation>las opciones con nombre entre las que elegir</translation>
    </message>
    <message>
        <source>when the running tally is shown (default: always)</source>
        <translation>cuándo se muestra el recuento parcial (por omisión: siempre)</translation>
    </message>
    <message>
        <source>OCCURRENCE</source>
        <translation>LLAMADA</translation>
    </message>
    <message>
        <source>the call it is put to: its id, or its date</source>
        <translation>la llamada en la que se somete: su id o su fecha</translation>
    </message>
    <message>
        <source>make it even if the closing time has passed</source>
        <translation>la crea aunque ya haya pasado la hora de cierre</translation>
    </message>
    <message>
        <source>let another organization&apos;s delegate cast an organization&apos;s ballots (or --revoke)</source>
        <translation>permite que el delegado/a de otra organización emita las boletas de una organización (o --revoke)</translation>
    </message>
    <message>
        <source>With --from and --to: the organization --from lets the delegate of --to cast its ballot, on one proposal (--proposal) or on every one until revoked. With --revoke ID: that proxy ends. Without options: the proxies given.</source>
        <translation>Con --from y --to: la organización --from permite que el delegado/a de --to emita su boleta, en una propuesta (--proposal) o en todas hasta que se revoque. Con --revoke ID: termina ese poder de voto. Sin opciones: los poderes de voto otorgados.</translation>
    </message>
    <message>
        <source>who gives it</source>
        <translation>quién lo otorga</translation>
    </message>
    <message>
        <source>who holds it</source>
        <translation>quién lo tiene</translation>
    </message>
    <message>
        <source>for this proposal alone</source>
        <translation>solo para esta propuesta</translation>
    </message>
    <message>
        <source>end the proxy of this id</source>
        <translation>termina el poder de voto con este id</translation>
    </message>
    <message>
        <source>--closes takes &quot;YYYY-MM-DD HH:MM&quot;, not &quot;{text}&quot;</source>
        <translation>--closes espera &quot;AAAA-MM-DD HH:MM&quot;, no &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>--closes: {exc}</source>
        <translation>--closes: {exc}</translation>
    </message>
    <message>
        <source>--zone: {exc}</source>
        <translation>--zone: {exc}</translation>
    </message>
    <message>
        <source>{typed} does not exist on {day} in {zone} (the clocks go forward): voting closes at {at}</source>
        <translation>{typed} no existe el {day} en {zone} (los relojes se adelantan): la votación cierra a las {at}</translation>
    </message>
    <message>
        <source>{typed} happens twice on {day} in {zone} (the clocks go back): voting closes at the first, {at}</source>
        <translation>{typed} ocurre dos veces el {day} en {zone} (los relojes se atrasan): la votación cierra en la primera, {at}</translation>
    </message>
    <message>
        <source>{count} drafts are called &apos;{text}&apos;: give the draft&apos;s id</source>
        <translation>{count} borradores se llaman “{text}”: indique el id del borrador</translation>
    </message>
    <message>
        <source>no call has the id &apos;{key}&apos;: give its id, or its date</source>
        <translation>ninguna llamada tiene el id “{key}”: indique su id o su fecha</translation>
    </message>
    <message>
        <source>no call is held on {day}</source>
        <translation>no hay ninguna llamada el {day}</translation>
    </message>
    <message>
        <source>{count} calls are held on {day} ({titles}): give the call&apos;s id</source>
        <translation>hay {count} llamadas el {day} ({titles}): indique el id de la llamada</translation>
    </message>
    <message>
        <source>the closing time {when} has already passed: the vote would close at once. Give a later --closes, or --yes to make it all the same.</source>
        <translation>la hora de cierre {when} ya pasó: la votación se cerraría de inmediato. Indique un --closes posterior, o --yes para crearla de todos modos.</translation>
    </message>
    <message>
        <source>nothing was proposed</source>
        <translation>no se propuso nada</translation>
    </message>
    <message>
        <source>{name}: {choice} on “{title}”, {by}</source>
        <translation>{name}: {choice} en “{title}”, {by}</translation>
    </message>
    <message>
        <source>It replaces the ballot before it: {choice}, {by}</source>
        <translation>Reemplaza la boleta anterior: {choice}, {by}</translation>
    </message>
    <message>
        <source>No {which}proposal yet.</source>
        <translation>Todavía no hay ninguna propuesta {which}.</translation>
    </message>
    <message>
        <source>{short_id}	{title}	{value}	{voted} of {voters}	{tally}</source>
        <translation>{short_id}	{title}	{value}	{voted} de {voters}	{tally}</translation>
    </message>
    <message>
        <source>“{title}” closed: {outcome} ({line})</source>
        <translation>“{title}” cerrada: {outcome} ({line})</translation>
    </message>
    <message>
        <source>Published the declaration “{title}”: coalition declaration {short_id}</source>
        <translation>Se publicó la declaración “{title}”: coalition declaration {short_id}</translation>
    </message>
    <message>
        <source>--revoke takes no --from, --to or --proposal</source>
        <translation>--revoke no admite --from, --to ni --proposal</translation>
    </message>
    <message>
        <source>a proxy is given --from one organization --to another: name both</source>
        <translation>un poder de voto se otorga --from una organización --to otra: indique ambas</translation>
    </message>
    <message>
        <source>--proposal goes with --from and --to</source>
        <translation>--proposal va junto con --from y --to</translation>
    </message>
    <message>
        <source>{name} no longer lets {to_org_name} vote for it</source>
        <translation>{name} ya no deja que {to_org_name} vote en su nombre</translation>
    </message>
    <message>
        <source>{name}&apos;s delegate may cast {giver_name}&apos;s ballot {scope} ({shown})</source>
        <translation>el delegado/a de {name} puede emitir la boleta de {giver_name} {scope} ({shown})</translation>
    </message>
    <message>
        <source>It replaces the proxy {names} held, revoked now.</source>
        <translation>Reemplaza el poder de voto que tenía {names}, revocado ahora.</translation>
    </message>
    <message>
        <source>no proxy has the id &apos;{ref}&apos; (coalition proxy lists them)</source>
        <translation>ningún poder de voto tiene el id “{ref}” (coalition proxy los lista)</translation>
    </message>
    <message>
        <source>No organization has given another its proxy.</source>
        <translation>Ninguna organización ha otorgado su poder de voto a otra.</translation>
    </message>
    <message>
        <source>{short_id}	{name}	{to_org_name}	{scope}	{date} by {value}	{revoked}</source>
        <translation>{short_id}	{name}	{to_org_name}	{scope}	{date} por {value}	{revoked}</translation>
    </message>
    <message>
        <source>Wrote {out}</source>
        <translation>Se escribió {out}</translation>
    </message>
    <message>
        <source>print what matches TEXT, one a line, with its kind</source>
        <translation>imprime lo que coincide con TEXTO, uno por línea, con su tipo</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>import people, organizations, or an event&apos;s sign-ups from a CSV file (all or nothing)</source>
        <translation>importa personas, organizaciones o las inscripciones de un evento desde un archivo CSV (todo o nada)</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EVENTO</translation>
    </message>
    <message>
        <source>the event the sign-ups were at (its id or name)</source>
        <translation>el evento en el que se hicieron las inscripciones (su id o su nombre)</translation>
    </message>
    <message>
        <source>write people or organizations to a CSV file</source>
        <translation>escribe personas u organizaciones en un archivo CSV</translation>
    </message>
    <message>
        <source>coalition: only the first {MAX_WORDS} words are searched</source>
        <translation>coalition: solo se buscan las primeras {MAX_WORDS} palabras</translation>
    </message>
    <message>
        <source>{done} of {total} sign-ups</source>
        <translation>{done} de {total} inscripciones</translation>
    </message>
    <message>
        <source>Wrote 1 person to {out} (this file is not encrypted)</source>
        <translation>Se escribió 1 persona en {out} (este archivo no está cifrado)</translation>
    </message>
    <message>
        <source>Wrote {count} people to {out} (this file is not encrypted)</source>
        <translation>Se escribieron {count} personas en {out} (este archivo no está cifrado)</translation>
    </message>
    <message>
        <source>Wrote 1 organization to {out} (this file is not encrypted)</source>
        <translation>Se escribió 1 organización en {out} (este archivo no está cifrado)</translation>
    </message>
    <message>
        <source>Wrote {count} organizations to {out} (this file is not encrypted)</source>
        <translation>Se escribieron {count} organizaciones en {out} (este archivo no está cifrado)</translation>
    </message>
    <message>
        <source>write each variant of the shared drafts to a Markdown file, with its sign-off state</source>
        <translation>escribe cada versión de los borradores compartidos en un archivo Markdown, con el estado de su aprobación</translation>
    </message>
    <message>
        <source>that draft alone</source>
        <translation>solo ese borrador</translation>
    </message>
    <message>
        <source>{which} no variant to export yet</source>
        <translation>{which} todavía no hay versión que exportar</translation>
    </message>
    <message>
        <source>Wrote {count} message{value}:</source>
        <translation>Mensajes escritos ({count}):</translation>
    </message>
    <message>
        <source>write the dashboard (goals, charts, map, call, graph) as a PDF report</source>
        <translation>escribe el tablero (metas, gráficos, mapa, llamada, red) como un informe PDF</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>ARCHIVO.pdf</translation>
    </message>
    <message>
        <source>{out}: the report is a PDF; name the file FILE.pdf</source>
        <translation>{out}: el informe es un PDF; nombre el archivo ARCHIVO.pdf</translation>
    </message>
    <message>
        <source>Wrote the report of {describe} to {out}</source>
        <translation>Se escribió el informe de {describe} en {out}</translation>
    </message>
    <message>
        <source>set up the account mail is sent through (the password from $COALITION_MAIL_PASSWORD or asked at the terminal, kept in the keyring)</source>
        <translation>configura la cuenta por la que se envía el correo (la contraseña, de $COALITION_MAIL_PASSWORD o pedida en la terminal, se guarda en el llavero)</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>SERVIDOR:PUERTO</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>the name mail is sent as</source>
        <translation>el nombre con el que se envía el correo</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>the login on the server</source>
        <translation>el usuario en el servidor</translation>
    </message>
    <message>
        <source>where replies are read</source>
        <translation>dónde se leen las respuestas</translation>
    </message>
    <message>
        <source>send a test message to ADDRESS once set up</source>
        <translation>envía un mensaje de prueba a DIRECCIÓN una vez configurada</translation>
    </message>
    <message>
        <source>send everything due (invitations, updates, cancellations, agendas, minutes, digests); run twice, the second sends nothing new</source>
        <translation>envía todo lo pendiente (invitaciones, actualizaciones, cancelaciones, órdenes del día, actas, resúmenes); si se ejecuta dos veces, la segunda no envía nada nuevo</translation>
    </message>
    <message>
        <source>write each message as an .eml file into DIR instead</source>
        <translation>en lugar de enviarlo, escribe cada mensaje como un archivo .eml en CARPETA</translation>
    </message>
    <message>
        <source>print the messages that wait for a preview</source>
        <translation>imprime los mensajes que esperan una vista previa</translation>
    </message>
    <message>
        <source>send the kinds not previewed yet too (they count as previewed from now on)</source>
        <translation>envía también los tipos que todavía no se previsualizaron (desde ahora cuentan como previsualizados)</translation>
    </message>
    <message>
        <source>list what waits to be sent, what went and what failed</source>
        <translation>lista lo que espera envío, lo que se envió y lo que falló</translation>
    </message>
    <message>
        <source>{option} {value}: the port after &apos;:&apos; is a number</source>
        <translation>{option} {value}: el puerto después de “:” es un número</translation>
    </message>
    <message>
        <source>the login {user} needs a password: set ${PASSWORD_ENV}, or run this at a terminal to type it</source>
        <translation>el usuario {user} necesita una contraseña: defina ${PASSWORD_ENV}, o ejecute esto en una terminal para escribirla</translation>
    </message>
    <message>
        <source>Mail goes out through {where} ({security}) as {from_address}.</source>
        <translation>El correo sale por {where} ({security}) como {from_address}.</translation>
    </message>
    <message>
        <source>Sent a test message to {test}.</source>
        <translation>Se envió un mensaje de prueba a {test}.</translation>
    </message>
    <message>
        <source>--- To: {recipient}
Subject: {subject}

{text}</source>
        <translation>--- Para: {recipient}
Asunto: {subject}

{text}</translation>
    </message>
    <message>
        <source>mail is not set up yet: run coalition mail-setup first</source>
        <translation>el correo todavía no está configurado: ejecute primero coalition mail-setup</translation>
    </message>
    <message>
        <source>Queued {count} {kind} message{value}.</source>
        <translation>Mensajes de {kind} en cola: {count}.</translation>
    </message>
    <message>
        <source>Left out: {sentence}.</source>
        <translation>Quedaron fuera: {sentence}.</translation>
    </message>
    <message>
        <source>Wrote {count} message{value} to {dry_run}; none was sent.</source>
        <translation>Mensajes escritos en {dry_run}: {count}; no se envió ninguno.</translation>
    </message>
    <message>
        <source>Sending without a preview (--yes), from now on too: {kinds}.</source>
        <translation>Se envía sin vista previa (--yes), también de ahora en adelante: {kinds}.</translation>
    </message>
    <message>
        <source>Waiting for a first preview: {kinds}. Look at them in the window&apos;s Outbox, or print them with `coalition send --preview`; `coalition send --yes` sends them without.</source>
        <translation>Esperan una primera vista previa: {kinds}. Revíselos en la Bandeja de salida de la ventana, o imprímalos con `coalition send --preview`; `coalition send --yes` los envía sin ella.</translation>
    </message>
    <message>
        <source>Sent {sent} message{value}.</source>
        <translation>Mensajes enviados: {sent}.</translation>
    </message>
    <message>
        <source>{failed} failed and wait in the outbox to be tried again.</source>
        <translation>Mensajes que fallaron y esperan en la bandeja de salida para intentarlo de nuevo: {failed}.</translation>
    </message>
    <message>
        <source>Forgot {pruned} message{value} sent long ago.</source>
        <translation>Mensajes enviados hace tiempo que se olvidaron: {pruned}.</translation>
    </message>
    <message>
        <source>coalition: {sentence}</source>
        <translation>coalition: {sentence}</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>La bandeja de salida está vacía.</translation>
    </message>
    <message>
        <source>show who uses this database; with --name, --email and --org, set who you are</source>
        <translation>muestra quién usa esta base de datos; con --name, --email y --org, indica quién es usted</translation>
    </message>
    <message>
        <source>Without options: who uses this database (name, e-mail, organization, role) and the other profiles on it. With --name, --email and --org: set up or correct your profile and act as it (an organization the directory does not hold is added). With --switch: act as another profile (a laptop shared at an event).</source>
        <translation>Sin opciones: quién usa esta base de datos (nombre, correo, organización, rol) y los demás perfiles que tiene. Con --name, --email y --org: configura o corrige su perfil y actúa con él (se agrega una organización que el directorio no tenga). Con --switch: actúa como otro perfil (una laptop compartida en un evento).</translation>
    </message>
    <message>
        <source>your name, as changes credit you</source>
        <translation>su nombre, tal como lo muestran los cambios que haga</translation>
    </message>
    <message>
        <source>your e-mail address</source>
        <translation>su dirección de correo</translation>
    </message>
    <message>
        <source>the member organization you act for (its name or id); may be left out by a coordinator of the coalition itself</source>
        <translation>la organización miembro en cuyo nombre actúa (su nombre o id); puede omitirla quien coordina la propia coalición</translation>
    </message>
    <message>
        <source>coordinator (the coalition&apos;s staff), member (the default), delegate (a member who casts its organization&apos;s ballot on decisions) or observer</source>
        <translation>coordinator (el equipo de la coalición), member (miembro, lo predeterminado), delegate (un miembro que emite la boleta de su organización en las decisiones) u observer (observador/a)</translation>
    </message>
    <message>
        <source>NAME_OR_EMAIL</source>
        <translation>NOMBRE_O_CORREO</translation>
    </message>
    <message>
        <source>act as another profile on this database</source>
        <translation>actúa como otro perfil de esta base de datos</translation>
    </message>
    <message>
        <source>print the latest changes: when, who, for which organization, on which computer, what</source>
        <translation>imprime los últimos cambios: cuándo, quién, para qué organización, en qué computadora y qué</translation>
    </message>
    <message>
        <source>how many changes (default 20)</source>
        <translation>cuántos cambios (por omisión, 20)</translation>
    </message>
    <message>
        <source>a count from 1 to 1000000, not {text!r}</source>
        <translation>una cantidad de 1 a 1000000, no {text!r}</translation>
    </message>
    <message>
        <source>--switch takes no --name, --email, --org or --role; give one or the other</source>
        <translation>--switch no admite --name, --email, --org ni --role; use una cosa o la otra</translation>
    </message>
    <message>
        <source>a profile needs a name and an e-mail address: {HOW_TO_SET} [--role ROLE]</source>
        <translation>un perfil necesita un nombre y una dirección de correo: {HOW_TO_SET} [--role ROL]</translation>
    </message>
    <message>
        <source>You now act as {describe}</source>
        <translation>Ahora actúa como {describe}</translation>
    </message>
    <message>
        <source>You act as {describe}, {role}</source>
        <translation>Usted actúa como {describe}, {role}</translation>
    </message>
    <message>
        <source>Nobody is set up on {where} yet: {HOW_TO_SET} [--role ROLE]</source>
        <translation>Todavía no hay nadie configurado en {where}: {HOW_TO_SET} [--role ROL]</translation>
    </message>
    <message>
        <source>Name:          {name}</source>
        <translation>Nombre:        {name}</translation>
    </message>
    <message>
        <source>E-mail:        {email}</source>
        <translation>Correo:        {email}</translation>
    </message>
    <message>
        <source>Organization:  {org}</source>
        <translation>Organización:  {org}</translation>
    </message>
    <message>
        <source>Role:          {role}</source>
        <translation>Rol:           {role}</translation>
    </message>
    <message>
        <source>Other profiles on this database (coalition profile --switch NAME_OR_EMAIL):</source>
        <translation>Otros perfiles en esta base de datos (coalition profile --switch NOMBRE_O_CORREO):</translation>
    </message>
    <message>
        <source>No change is recorded in {describe} yet</source>
        <translation>Todavía no hay cambios registrados en {describe}</translation>
    </message>
    <message>
        <source>publish the call schedule to a CalDAV calendar and remember it; without URL, bring the remembered one up to date (password from $COALITION_CALDAV_PASSWORD, the keyring, or asked at the terminal)</source>
        <translation>publica el calendario de llamadas en un calendario CalDAV y lo recuerda; sin URL, actualiza el que recuerda (contraseña de $COALITION_CALDAV_PASSWORD, del llavero o pedida en la terminal)</translation>
    </message>
    <message>
        <source>the calendar&apos;s address (https://…/calendars/…/)</source>
        <translation>la dirección del calendario (https://…/calendars/…/)</translation>
    </message>
    <message>
        <source>the user name on the calendar server</source>
        <translation>el nombre de usuario en el servidor del calendario</translation>
    </message>
    <message>
        <source>stop publishing to the calendar (what is there stays) and forget its password</source>
        <translation>deja de publicar en el calendario (lo que ya está allí se queda) y olvida su contraseña</translation>
    </message>
    <message>
        <source>keep a read-only subscription feed (.ics) at PATH, rewritten after every change; without PATH, bring it up to date</source>
        <translation>mantiene un calendario de suscripción de solo lectura (.ics) en RUTA, que se reescribe tras cada cambio; sin RUTA, lo actualiza</translation>
    </message>
    <message>
        <source>stop rewriting the feed (it stays)</source>
        <translation>deja de reescribir el calendario de suscripción (el archivo se queda)</translation>
    </message>
    <message>
        <source>the calendar needs {user}&apos;s password: set ${PASSWORD_ENV}, or run this at a terminal to type it (it is then kept in the keyring)</source>
        <translation>el calendario necesita la contraseña de {user}: defina ${PASSWORD_ENV}, o ejecute esto en una terminal para escribirla (luego se guarda en el llavero)</translation>
    </message>
    <message>
        <source>No calendar was set to publish to.</source>
        <translation>No había ningún calendario configurado para publicar.</translation>
    </message>
    <message>
        <source>This laptop no longer publishes to {location}; what is there stays, and its password is gone from the keyring.</source>
        <translation>Esta computadora ya no publica en {location}; lo que ya está allí se queda, y su contraseña se borró del llavero.</translation>
    </message>
    <message>
        <source>--forget takes no URL: it forgets the calendar set</source>
        <translation>--forget no admite URL: olvida el calendario configurado</translation>
    </message>
    <message>
        <source>no calendar is set to publish to: give its URL, `coalition publish-caldav URL --user USER`</source>
        <translation>no hay ningún calendario configurado para publicar: indique su URL, `coalition publish-caldav URL --user USUARIO`</translation>
    </message>
    <message>
        <source>The password is kept in the keyring: later publishing needs no typing.</source>
        <translation>La contraseña se guarda en el llavero: las próximas publicaciones no piden escribirla.</translation>
    </message>
    <message>
        <source>no feed is set: give the file to keep it in, `coalition feed PATH`</source>
        <translation>no hay calendario de suscripción configurado: indique el archivo donde guardarlo, `coalition feed RUTA`</translation>
    </message>
    <message>
        <source>The feed at {path} {value}; the window rewrites it after every change.</source>
        <translation>El calendario de suscripción en {path} {value}; la ventana lo vuelve a escribir después de cada cambio.</translation>
    </message>
    <message>
        <source>read the answers to call invitations: new mail in the account&apos;s INBOX (IMAP; password from $COALITION_MAIL_PASSWORD, the keyring, or asked), or one .eml or .ics file</source>
        <translation>lee las respuestas a las invitaciones a llamadas: el correo nuevo en la bandeja de entrada (INBOX) de la cuenta (IMAP; contraseña de $COALITION_MAIL_PASSWORD, del llavero o pedida), o un archivo .eml o .ics</translation>
    </message>
    <message>
        <source>an .eml message or an .ics calendar</source>
        <translation>un mensaje .eml o un calendario .ics</translation>
    </message>
    <message>
        <source>who accepted, declined or has not answered, for the next call of each series</source>
        <translation>quién aceptó, quién declinó y quién no ha respondido, para la próxima llamada de cada serie</translation>
    </message>
    <message>
        <source>the series&apos; call of that date, not the next one</source>
        <translation>la llamada de la serie en esa fecha, no la próxima</translation>
    </message>
    <message>
        <source>no mailbox to read replies from: give the mail account its IMAP server first</source>
        <translation>no hay buzón del cual leer respuestas: indique primero el servidor IMAP de la cuenta de correo</translation>
    </message>
    <message>
        <source>reading the mailbox needs {user}&apos;s password: set ${PASSWORD_ENV}, or run this at a terminal to type it</source>
        <translation>leer el buzón requiere la contraseña de {user}: defina ${PASSWORD_ENV}, o ejecute esto en una terminal para escribirla</translation>
    </message>
    <message>
        <source>Reading the mailbox: {done} of {total}</source>
        <translation>Leyendo el buzón: {done} de {total}</translation>
    </message>
    <message>
        <source>there is no call series titled &apos;{title}&apos;</source>
        <translation>no hay ninguna serie de llamadas titulada “{title}”</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has no call on {day}</source>
        <translation>“{title}” no tiene llamada el {day}</translation>
    </message>
    <message>
        <source>No call is coming.</source>
        <translation>No hay ninguna llamada próxima.</translation>
    </message>
    <message>
        <source>  (nobody is invited)</source>
        <translation>  (no hay nadie invitado)</translation>
    </message>
    <message>
        <source>copy the database to FILE (encrypted like the database, with the same key)</source>
        <translation>copia la base de datos en ARCHIVO (cifrado como la base de datos, con la misma clave)</translation>
    </message>
    <message>
        <source>put a backup in the place of the database (the current one is kept as a backup)</source>
        <translation>pone una copia de seguridad en lugar de la base de datos (la actual se guarda como copia de seguridad)</translation>
    </message>
    <message>
        <source>encrypt the database and its backups under a new key (a new recovery key, or a new passphrase)</source>
        <translation>cifra la base de datos y sus copias de seguridad con una clave nueva (una clave de recuperación nueva o una frase de contraseña nueva)</translation>
    </message>
    <message>
        <source>make a new recovery key (the old one stops working); same as rekey</source>
        <translation>crea una clave de recuperación nueva (la anterior deja de funcionar); igual que rekey</translation>
    </message>
    <message>
        <source>encrypt an unencrypted database file in place</source>
        <translation>cifra en su lugar un archivo de base de datos sin cifrar</translation>
    </message>
    <message>
        <source>--out names the database itself</source>
        <translation>--out indica la propia base de datos</translation>
    </message>
    <message>
        <source>Backed up {path} to {out} ({what})</source>
        <translation>Se respaldó {path} en {out} ({what})</translation>
    </message>
    <message>
        <source>{backup} is encrypted: set {BACKUP_KEY_ENV} to the passphrase or recovery key of the database it was made from (or run in a terminal to type it); nothing was changed</source>
        <translation>{backup} está cifrado: ponga en {BACKUP_KEY_ENV} la frase de contraseña o la clave de recuperación de la base de datos de la que se hizo (o ejecute en una terminal para escribirla); no se cambió nada</translation>
    </message>
    <message>
        <source>{backup} does not open with this database&apos;s key: it was made under another (before a key change, or on another computer), or it is damaged; set {BACKUP_KEY_ENV} to the passphrase or recovery key it was made under (or run in a terminal to type it)</source>
        <translation>{backup} no se abre con la clave de esta base de datos: se hizo con otra (antes de un cambio de clave, o en otra computadora), o está dañado; ponga en {BACKUP_KEY_ENV} la frase de contraseña o la clave de recuperación con la que se hizo (o ejecute en una terminal para escribirla)</translation>
    </message>
    <message>
        <source>that key does not open {backup} either; nothing was changed</source>
        <translation>esa clave tampoco abre {backup}; no se cambió nada</translation>
    </message>
    <message>
        <source>Restored {file} into {path}</source>
        <translation>Se restauró {file} en {path}</translation>
    </message>
    <message>
        <source>The database as it was is kept in {kept}</source>
        <translation>La base de datos tal como estaba se guarda en {kept}</translation>
    </message>
    <message>
        <source>{path} is not encrypted: encrypt it first (coalition --db FILE encrypt)</source>
        <translation>{path} no está cifrado: cífrelo primero (coalition --db ARCHIVO encrypt)</translation>
    </message>
    <message>
        <source>{path} opens with a passphrase, which is its own recovery; change it with rekey</source>
        <translation>{path} se abre con una frase de contraseña, que es su propia recuperación; cámbiela con rekey</translation>
    </message>
    <message>
        <source>{path} is encrypted under a new key; {count} backup(s) too</source>
        <translation>{path} está cifrado con una clave nueva; también {count} copia(s) de respaldo</translation>
    </message>
    <message>
        <source>set COALITION_NEW_PASSPHRASE to the new passphrase (or run in a terminal)</source>
        <translation>defina COALITION_NEW_PASSPHRASE con la nueva frase de contraseña (o ejecútelo en una terminal)</translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>las dos frases de contraseña no coinciden; no se cambió nada</translation>
    </message>
    <message>
        <source>a passphrase needs at least {MIN_PASSPHRASE} characters</source>
        <translation>una frase de contraseña necesita al menos {MIN_PASSPHRASE} caracteres</translation>
    </message>
    <message>
        <source>{path} is encrypted already</source>
        <translation>{path} ya está cifrado</translation>
    </message>
    <message>
        <source>there is no database at {path}: nothing was encrypted</source>
        <translation>no hay ninguna base de datos en {path}: no se cifró nada</translation>
    </message>
    <message>
        <source>{path} is not a Coalition database: nothing was encrypted</source>
        <translation>{path} no es una base de datos de Coalition: no se cifró nada</translation>
    </message>
    <message>
        <source>{path} is encrypted; its unencrypted copies beside it were encrypted too</source>
        <translation>{path} está cifrado; también se cifraron sus copias sin cifrar que estaban al lado</translation>
    </message>
    <message>
        <source>postgresql://owner@host:port/db (the owner&apos;s password: $PGPASSWORD, keyring, or asked)</source>
        <translation>postgresql://propietario@servidor:puerto/bd (la contraseña del propietario: $PGPASSWORD, el llavero o pedida)</translation>
    </message>
    <message>
        <source>set up the coalition&apos;s PostgreSQL server: its schema, the walls between the organizations, and their database roles (run as the database&apos;s owner)</source>
        <translation>configura el servidor PostgreSQL de la coalición: su esquema, los muros entre las organizaciones y sus roles de base de datos (se ejecuta como propietario de la base de datos)</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>create or upgrade the schema and put up the walls (again after each upgrade)</source>
        <translation>crea o actualiza el esquema y levanta los muros (de nuevo tras cada actualización)</translation>
    </message>
    <message>
        <source>let a database role act for an organization (creating the role and granting it what it needs when you may, else printing the SQL to run)</source>
        <translation>permite que un rol de la base de datos actúe en nombre de una organización (crea el rol y le otorga lo que necesita si usted puede; si no, imprime el SQL que hay que ejecutar)</translation>
    </message>
    <message>
        <source>its name or id (none: a coordinator of the coalition)</source>
        <translation>su nombre o id (ninguna: alguien que coordina la coalición)</translation>
    </message>
    <message>
        <source>member: reads what is shared and its organization&apos;s records, writes its own; delegate: as a member, and casts its organization&apos;s ballot on proposals; observer: reads as a member, writes nothing; coordinator: everything</source>
        <translation>member: lee lo compartido y los registros de su organización, y escribe los suyos; delegate: como member, y además emite la boleta de su organización en las propuestas; observer: lee como member y no escribe nada; coordinator: todo</translation>
    </message>
    <message>
        <source>who the role is, as the history shows it</source>
        <translation>quién es el rol, tal como lo muestra el historial</translation>
    </message>
    <message>
        <source>list the roles and the organizations they act for</source>
        <translation>lista los roles y las organizaciones en cuyo nombre actúan</translation>
    </message>
    <message>
        <source>{url_text!r} is not a server URL (postgresql://user@host:port/db)</source>
        <translation>{url_text!r} no es la URL de un servidor (postgresql://usuario@host:puerto/base)</translation>
    </message>
    <message>
        <source>The coalition&apos;s database at {host}:{port}/{database} is up to date and walled: {count} tables, each organization&apos;s role reading and writing only what it may ({granted} role{value} granted).</source>
        <translation>La base de datos de la coalición en {host}:{port}/{database} está al día y con sus muros: {count} tablas, y el rol de cada organización lee y escribe solo lo que le corresponde ({granted} rol(es) con permisos).</translation>
    </message>
    <message>
        <source>Listed but not yet created on the server: {names}.</source>
        <translation>En la lista pero todavía sin crear en el servidor: {names}.</translation>
    </message>
    <message>
        <source>Next: {ADD_ROLE}</source>
        <translation>Siguiente paso: {ADD_ROLE}</translation>
    </message>
    <message>
        <source>the server has no organization {wanted!r}: sync the laptop that recorded it first, or give its id</source>
        <translation>el servidor no tiene ninguna organización {wanted!r}: sincronice primero la computadora que la registró, o indique su id</translation>
    </message>
    <message>
        <source>{count} organizations are called {wanted!r}: give the id of the one you mean ({names})</source>
        <translation>{count} organizaciones se llaman {wanted!r}: indique el id de la que busca ({names})</translation>
    </message>
    <message>
        <source>a {kind} acts for an organization: give --org ORGANIZATION</source>
        <translation>un rol {kind} actúa en nombre de una organización: indique --org ORGANIZACIÓN</translation>
    </message>
    <message>
        <source>the walls are not up on this server yet: run `coalition server setup --server {server}` first</source>
        <translation>los muros todavía no están levantados en este servidor: ejecute primero `coalition server setup --server {server}`</translation>
    </message>
    <message>
        <source>{role} acts as a {kind} {acting}.</source>
        <translation>{role} actúa como {kind} {acting}.</translation>
    </message>
    <message>
        <source>You may not create or grant roles ({splitlines}); have a superuser (or a role with CREATEROLE) run:</source>
        <translation>Usted no puede crear ni otorgar roles ({splitlines}); pida a un superusuario (o a un rol con CREATEROLE) que ejecute:</translation>
    </message>
    <message>
        <source>  psql -h {host} -p {port} -d {database} &lt;&lt;&apos;SQL&apos;</source>
        <translation>  psql -h {host} -p {port} -d {database} &lt;&lt;&apos;SQL&apos;</translation>
    </message>
    <message>
        <source>  SQL</source>
        <translation>  SQL</translation>
    </message>
    <message>
        <source>Give it a password (typed, never on the command line): psql -h {host} -p {port} -d {database} -c &quot;\password {role}&quot;</source>
        <translation>Asígnele una contraseña (escrita a mano, nunca en la línea de comandos): psql -h {host} -p {port} -d {database} -c &quot;\password {role}&quot;</translation>
    </message>
    <message>
        <source>the walls are not up on this server yet: run `coalition server setup`</source>
        <translation>los muros todavía no están levantados en este servidor: ejecute `coalition server setup`</translation>
    </message>
    <message>
        <source>No roles yet: {ADD_ROLE}</source>
        <translation>Todavía no hay roles: {ADD_ROLE}</translation>
    </message>
    <message>
        <source>there is no keyring to keep the database key in: set {PASSPHRASE_ENV} to a passphrase (or run in a terminal to type one)</source>
        <translation>no hay llavero donde guardar la clave de la base de datos: defina {PASSPHRASE_ENV} con una frase de contraseña (o ejecútelo en una terminal para escribirla)</translation>
    </message>
    <message>
        <source>that {what} ({PASSPHRASE_ENV}) does not open {path}; the file was not changed</source>
        <translation>esa {what} ({PASSPHRASE_ENV}) no abre {path}; el archivo no se cambió</translation>
    </message>
    <message>
        <source>{path} is encrypted and {why}: set {PASSPHRASE_ENV} to its passphrase or recovery key (or run in a terminal to type it)</source>
        <translation>{path} está cifrado y {why}: defina {PASSPHRASE_ENV} con su frase de contraseña o su clave de recuperación (o ejecútelo en una terminal para escribirla)</translation>
    </message>
    <message>
        <source>that passphrase or recovery key does not open {path}; the file was not changed</source>
        <translation>esa frase de contraseña o clave de recuperación no abre {path}; el archivo no se cambió</translation>
    </message>
    <message>
        <source>--plain is for a file named with --db or ${DB_ENV}: the database in your data folder is always encrypted</source>
        <translation>--plain es para un archivo indicado con --db o ${DB_ENV}: la base de datos de su carpeta de datos siempre está cifrada</translation>
    </message>
    <message>
        <source>nobody is set up on {where} to credit this change to: say who you are first, with {HOW_TO_SET} [--role ROLE]</source>
        <translation>no hay nadie configurado en {where} a quien atribuir este cambio: diga primero quién es usted, con {HOW_TO_SET} [--role ROL]</translation>
    </message>
    <message>
        <source>there is no database at {path}: check its name (a new one is made by `coalition demo`, a profile, or an import)</source>
        <translation>no hay ninguna base de datos en {path}: revise el nombre (una nueva se crea con `coalition demo`, un perfil o una importación)</translation>
    </message>
    <message>
        <source>give the folder to write the files in</source>
        <translation>indique la carpeta donde escribir los archivos</translation>
    </message>
    <message>
        <source>{text} is a file, not a folder</source>
        <translation>{text} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>{option}: {problem}</source>
        <translation>{option}: {problem}</translation>
    </message>
    <message>
        <source>backups, restores and keys are for the local database file, not a server</source>
        <translation>las copias de respaldo, las restauraciones y las claves son para el archivo local de la base de datos, no para un servidor</translation>
    </message>
    <message>
        <source>let one organization&apos;s organizers read another&apos;s private records (or --stop)</source>
        <translation>permite que el equipo organizador de una organización lea los registros privados de otra (o --stop)</translation>
    </message>
    <message>
        <source>The organization named with --from lets the organizers of the one named with --to read its private people, e-mails and phones, until it stops. Only the organizers of --from or a coordinator may. Organizations by name or id.</source>
        <translation>La organización indicada con --from permite que el equipo organizador de la indicada con --to lea sus personas, correos y teléfonos privados, hasta que lo detenga. Solo pueden hacerlo el equipo organizador de --from o alguien que coordina. Las organizaciones se indican por nombre o id.</translation>
    </message>
    <message>
        <source>who shares</source>
        <translation>quién comparte</translation>
    </message>
    <message>
        <source>who may read</source>
        <translation>quién puede leer</translation>
    </message>
    <message>
        <source>why, or until when</source>
        <translation>por qué, o hasta cuándo</translation>
    </message>
    <message>
        <source>stop sharing: the records leave the other group&apos;s laptops at their next sync</source>
        <translation>deja de compartir: los registros salen de las laptops del otro grupo en su próxima sincronización</translation>
    </message>
    <message>
        <source>print the sharing agreements: from, to, since, granted by, and whether stopped</source>
        <translation>imprime los acuerdos para compartir: de quién, a quién, desde cuándo, quién los otorgó y si se detuvieron</translation>
    </message>
    <message>
        <source>--stop takes no --note</source>
        <translation>--stop no admite --note</translation>
    </message>
    <message>
        <source>{name} does not share its private records with {taker_name}</source>
        <translation>{name} no comparte sus registros privados con {taker_name}</translation>
    </message>
    <message>
        <source>{name} no longer shares its private records with {taker_name}</source>
        <translation>{name} ya no comparte sus registros privados con {taker_name}</translation>
    </message>
    <message>
        <source>{name}&apos;s organizers may now read {giver_name}&apos;s private records</source>
        <translation>quienes organizan en {name} ahora pueden leer los registros privados de {giver_name}</translation>
    </message>
    <message>
        <source>No organization shares its private records with another.</source>
        <translation>Ninguna organización comparte sus registros privados con otra.</translation>
    </message>
    <message>
        <source>from	to	since	granted by	stopped</source>
        <translation>from	to	since	granted by	stopped</translation>
    </message>
    <message>
        <source>send this laptop&apos;s changes to the coalition server and bring the others&apos; (password from $PGPASSWORD, the keyring, or asked at the terminal; never in the URL)</source>
        <translation>envía los cambios de esta laptop al servidor de la coalición y trae los de las demás (contraseña de $PGPASSWORD, del llavero o pedida en la terminal; nunca en la URL)</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/db (default: the server set in the app)</source>
        <translation>postgresql://usuario@servidor:puerto/bd (por omisión: el servidor configurado en la aplicación)</translation>
    </message>
    <message>
        <source>write this laptop&apos;s changes to an encrypted bundle file (passphrase: $COALITION_BUNDLE_PASSPHRASE or asked)</source>
        <translation>escribe los cambios de esta laptop en un archivo de paquete cifrado (frase de contraseña: $COALITION_BUNDLE_PASSPHRASE o pedida)</translation>
    </message>
    <message>
        <source>only the changes made since that day</source>
        <translation>solo los cambios hechos desde ese día</translation>
    </message>
    <message>
        <source>merge the changes of a bundle file into this database</source>
        <translation>incorpora a esta base de datos los cambios de un archivo de paquete</translation>
    </message>
    <message>
        <source>{server!r} is not a server URL (postgresql://user@host:port/db)</source>
        <translation>{server!r} no es la URL de un servidor (postgresql://usuario@host:puerto/base)</translation>
    </message>
    <message>
        <source>no coalition server is set: give --server postgresql://user@host:port/db</source>
        <translation>no hay ningún servidor de la coalición configurado: indique --server postgresql://usuario@host:puerto/base</translation>
    </message>
    <message>
        <source>a bundle needs a passphrase: set {PASSPHRASE_ENV} or run this at a terminal</source>
        <translation>un paquete necesita una frase de contraseña: defina {PASSPHRASE_ENV} o ejecute esto en una terminal</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>las dos frases de contraseña no coinciden</translation>
    </message>
    <message>
        <source>Wrote 1 change to {out} (encrypted with the passphrase).</source>
        <translation>Se escribió 1 cambio en {out} (cifrado con la frase de contraseña).</translation>
    </message>
    <message>
        <source>Wrote {count:,} changes to {out} (encrypted with the passphrase).</source>
        <translation>Cambios escritos en {out}: {count:,} (cifrados con la frase de contraseña).</translation>
    </message>
    <message>
        <source>add an event (a fair, a convention, a campus table); prints its id</source>
        <translation>agrega un evento (una feria, una convención, una mesa en un campus); imprime su id</translation>
    </message>
    <message>
        <source>default: two hours on</source>
        <translation>por omisión: dos horas después</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONA</translation>
    </message>
    <message>
        <source>IANA zone (default: the state&apos;s own)</source>
        <translation>zona horaria IANA (por omisión: la del estado)</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>LUGAR</translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation>NOTAS</translation>
    </message>
    <message>
        <source>list the events still to come, or write them to an .ics file</source>
        <translation>lista los eventos por venir, o los escribe en un archivo .ics</translation>
    </message>
    <message>
        <source>write the events to this calendar file</source>
        <translation>escribe los eventos en este archivo de calendario</translation>
    </message>
    <message>
        <source>past events too</source>
        <translation>también los eventos pasados</translation>
    </message>
    <message>
        <source>add a volunteer shift to an event; prints its id</source>
        <translation>agrega un turno de voluntariado a un evento; imprime su id</translation>
    </message>
    <message>
        <source>its id or name</source>
        <translation>su id o su nombre</translation>
    </message>
    <message>
        <source>for an event of several days</source>
        <translation>para un evento de varios días</translation>
    </message>
    <message>
        <source>{typed} does not exist on {day} in {zone} (the clocks go forward): the event starts at {at}</source>
        <translation>{typed} no existe el {day} en {zone} (los relojes se adelantan): el evento empieza a las {at}</translation>
    </message>
    <message>
        <source>{typed} happens twice on {day} in {zone} (the clocks go back): the event starts at the first, {at}</source>
        <translation>{typed} ocurre dos veces el {day} en {zone} (los relojes se atrasan): el evento empieza en la primera, {at}</translation>
    </message>
    <message>
        <source>{problem} (coalition events lists them, with their ids)</source>
        <translation>{problem} (coalition events los muestra, con sus identificadores)</translation>
    </message>
    <message>
        <source>{filled}/{slots} shift slots filled</source>
        <translation>{filled}/{slots} puestos de turno cubiertos</translation>
    </message>
    <message>
        <source>no shifts</source>
        <translation>sin turnos</translation>
    </message>
    <message>
        <source>{name} (cancelled)</source>
        <translation>{name} (cancelado)</translation>
    </message>
    <message>
        <source>Wrote 1 event to {path}</source>
        <translation>Se escribió 1 evento en {path}</translation>
    </message>
    <message>
        <source>Wrote {count} events to {path}</source>
        <translation>Se escribieron {count} eventos en {path}</translation>
    </message>
    <message>
        <source>No events to come.</source>
        <translation>No hay eventos próximos.</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Todavía no hay eventos.</translation>
    </message>
    <message>
        <source>record a batch of petition signatures (a count, never the signers); prints its id</source>
        <translation>registra un lote de firmas de una petición (un conteo, nunca quiénes firmaron); imprime su id</translation>
    </message>
    <message>
        <source>Record how many signatures a batch of petition sheets holds. Only counts are kept, never a signer&apos;s name or address: California&apos;s Elections Code §18650 forbids using a petition&apos;s signatures for anything but qualifying the measure.</source>
        <translation>Registra cuántas firmas contiene un lote de hojas de una petición. Solo se guardan conteos, nunca el nombre ni la dirección de quien firmó: el artículo 18650 del Código Electoral de California prohíbe usar las firmas de una petición para otra cosa que calificar la medida.</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>CAMPAÑA</translation>
    </message>
    <message>
        <source>its name or id</source>
        <translation>su nombre o id</translation>
    </message>
    <message>
        <source>COUNTY</source>
        <translation>CONDADO</translation>
    </message>
    <message>
        <source>raw signatures in the batch</source>
        <translation>firmas brutas del lote</translation>
    </message>
    <message>
        <source>signatures verified valid, if known</source>
        <translation>firmas verificadas como válidas, si se sabe</translation>
    </message>
    <message>
        <source>the day verified (default: today)</source>
        <translation>el día de la verificación (por omisión: hoy)</translation>
    </message>
    <message>
        <source>as written on the batch</source>
        <translation>tal como está escrito en el lote</translation>
    </message>
    <message>
        <source>the day collected (default: today)</source>
        <translation>el día de la recolección (por omisión: hoy)</translation>
    </message>
    <message>
        <source>the event it was collected at</source>
        <translation>el evento en el que se recolectó</translation>
    </message>
    <message>
        <source>report voter-registration pledges or registrations; prints the report&apos;s id</source>
        <translation>informa compromisos de registro de votantes o registros hechos; imprime el id del informe</translation>
    </message>
    <message>
        <source>the day (default: today)</source>
        <translation>el día (por omisión: hoy)</translation>
    </message>
    <message>
        <source>the event they were made at</source>
        <translation>el evento en el que se hicieron</translation>
    </message>
    <message>
        <source>who reports them</source>
        <translation>quién los informa</translation>
    </message>
    <message>
        <source>print each goal: its figure, where it came from, target, deadline and progress</source>
        <translation>imprime cada meta: su cifra, de dónde salió, el objetivo, la fecha límite y el avance</translation>
    </message>
    <message>
        <source>{said}; nothing was stored</source>
        <translation>{said}; no se guardó nada</translation>
    </message>
    <message>
        <source>--county: the county the sheets were collected in is needed</source>
        <translation>--county: hace falta el condado donde se recogieron las hojas</translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation>nada registrado todavía</translation>
    </message>
    <message>
        <source>  figure: {figure} · progress {percent}%</source>
        <translation>  cifra: {figure} · avance {percent} %</translation>
    </message>
    <message>
        <source>  from: {origin}</source>
        <translation>  origen: {origin}</translation>
    </message>
    <message>
        <source>  signatures: {figures}</source>
        <translation>  firmas: {figures}</translation>
    </message>
    <message>
        <source>  valid share: {source}</source>
        <translation>  porcentaje válido: {source}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>at most {target}</source>
        <translation>como máximo {target}</translation>
    </message>
    <message>
        <source>  target: {target} · deadline: {deadline}</source>
        <translation>  meta: {target} · fecha límite: {deadline}</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Todavía no hay metas.</translation>
    </message>
    <message>
        <source>write the people who consented to an organization to a CSV file (nobody else)</source>
        <translation>escribe en un archivo CSV a las personas que dieron su consentimiento a una organización (a nadie más)</translation>
    </message>
    <message>
        <source>Write to FILE the people who ticked ORGANIZATION&apos;s consent box (and have not withdrawn), with the consent&apos;s date and wording; nobody else.</source>
        <translation>Escribe en ARCHIVO a las personas que marcaron la casilla de consentimiento de ORGANIZACIÓN (y no lo retiraron), con la fecha y la redacción del consentimiento; a nadie más.</translation>
    </message>
    <message>
        <source>Wrote 1 person who consented to {organization} to {path} (not encrypted)</source>
        <translation>Se escribió en {path} 1 persona que dio su consentimiento a {organization} (sin cifrar)</translation>
    </message>
    <message>
        <source>Wrote {count} people who consented to {organization} to {path} (not encrypted)</source>
        <translation>Se escribieron en {path} {count} personas que dieron su consentimiento a {organization} (sin cifrar)</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>a fixed clock needs an aware time (with its zone)</source>
        <translation>un reloj fijo necesita una hora con zona horaria</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a US state or DC</source>
        <translation>“{text}” no es un estado de EE. UU. ni DC</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>A block counts only under the consensus rule; “{title}” is decided by {label}: choose object instead.</source>
        <translation>Un bloqueo solo cuenta con la regla de consenso; “{title}” se decide por {label}: elija objetar en su lugar.</translation>
    </message>
    <message>
        <source>“{choice}” is not a choice on “{title}” ({offered}).</source>
        <translation>“{choice}” no es una opción en “{title}” ({offered}).</translation>
    </message>
    <message>
        <source>An organization that chooses {choice} says why: give a reason.</source>
        <translation>Una organización que elige {choice} explica por qué: indique un motivo.</translation>
    </message>
    <message>
        <source>Only the chair (a coordinator) records a ballot on an organization&apos;s behalf; {name}&apos;s delegate can cast it.</source>
        <translation>Solo quien preside (alguien que coordina) registra una boleta en nombre de una organización; puede emitirla el delegado/a de {name}.</translation>
    </message>
    <message>
        <source>Only {name}&apos;s delegate casts its ballot; as the chair you can record it on its behalf (Record ballots, or --on-behalf).</source>
        <translation>Solo el delegado/a de {name} emite su boleta; como quien preside, usted puede registrarla en su nombre (Registrar boletas, o --on-behalf).</translation>
    </message>
    <message>
        <source>Only {name}&apos;s delegate (or the delegate of a group holding its proxy) casts its ballot; the chair can record it on its behalf.</source>
        <translation>Solo el delegado/a de {name} (o el de un grupo que tenga su poder de voto) emite su boleta; quien preside puede registrarla en su nombre.</translation>
    </message>
    <message>
        <source>Voting on “{title}” closed at {value}: the ballot was not recorded.</source>
        <translation>La votación de “{title}” se cerró el {value}: la boleta no se registró.</translation>
    </message>
    <message>
        <source>{org_name} does not vote on “{title}” (its voters: {names}).</source>
        <translation>{org_name} no vota en “{title}” (votan: {names}).</translation>
    </message>
    <message>
        <source>“{title}” is not closed: it has no declaration yet.</source>
        <translation>“{title}” no está cerrada: todavía no tiene declaración.</translation>
    </message>
    <message>
        <source>“{title}” was not adopted ({label}): it makes no declaration.</source>
        <translation>“{title}” no se aprobó ({label}): no da lugar a una declaración.</translation>
    </message>
    <message>
        <source>a proposal needs a title</source>
        <translation>una propuesta necesita un título</translation>
    </message>
    <message>
        <source>the title is longer than 200 characters</source>
        <translation>el título tiene más de 200 caracteres</translation>
    </message>
    <message>
        <source>say what is proposed: a text, or the shared draft it is about</source>
        <translation>diga qué se propone: un texto, o el borrador compartido del que se trata</translation>
    </message>
    <message>
        <source>the draft it is about no longer exists</source>
        <translation>el borrador del que se trata ya no existe</translation>
    </message>
    <message>
        <source>the call it was put to no longer exists</source>
        <translation>la llamada en la que se presentó ya no existe</translation>
    </message>
    <message>
        <source>that call is cancelled: put the proposal to another one</source>
        <translation>esa llamada está cancelada: presente la propuesta en otra</translation>
    </message>
    <message>
        <source>the closing time needs its time zone</source>
        <translation>la hora de cierre necesita su zona horaria</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; is not a rule (one of: majority, two-thirds, consensus)</source>
        <translation>“{rule}” no es una regla (una de: majority, two-thirds, consensus)</translation>
    </message>
    <message>
        <source>&apos;{results_shown}&apos; is not a choice (always, after-voting, after-close)</source>
        <translation>“{results_shown}” no es una opción (always, after-voting, after-close)</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of decision (consent or options)</source>
        <translation>“{kind}” no es un tipo de decisión (consent u options)</translation>
    </message>
    <message>
        <source>the quorum is a number of organizations, 0 or more</source>
        <translation>el quórum es un número de organizaciones, 0 o más</translation>
    </message>
    <message>
        <source>a quorum of {quorum} cannot be reached: only 1 organization votes</source>
        <translation>no se puede alcanzar un quórum de {quorum}: solo vota 1 organización</translation>
    </message>
    <message>
        <source>a quorum of {quorum} cannot be reached: only {count} organizations vote</source>
        <translation>no se puede alcanzar un quórum de {quorum}: solo votan {count} organizaciones</translation>
    </message>
    <message>
        <source>named options are for a choice among options, not consent</source>
        <translation>las opciones con nombre son para elegir entre opciones, no para el consentimiento</translation>
    </message>
    <message>
        <source>consensus decides approve / object / block, not among named options</source>
        <translation>el consenso decide entre aprobar / objetar / bloquear, no entre opciones con nombre</translation>
    </message>
    <message>
        <source>the option &apos;{key}&apos; is given twice</source>
        <translation>la opción “{key}” aparece dos veces</translation>
    </message>
    <message>
        <source>&apos;abstain&apos; is always offered: it is not an option to name</source>
        <translation>“abstenerse” siempre se ofrece: no es una opción que haya que nombrar</translation>
    </message>
    <message>
        <source>the option &apos;{key}…&apos; is longer than 64 characters</source>
        <translation>la opción “{key}…” tiene más de 64 caracteres</translation>
    </message>
    <message>
        <source>no active member organization to vote</source>
        <translation>no hay ninguna organización miembro activa que vote</translation>
    </message>
    <message>
        <source>an organization chosen to vote no longer exists</source>
        <translation>una organización elegida para votar ya no existe</translation>
    </message>
    <message>
        <source>only active member organizations vote: {names} is not one (set it active in the directory first)</source>
        <translation>solo votan las organizaciones miembro activas: {names} no lo es (márquela como activa en el directorio primero)</translation>
    </message>
    <message>
        <source>only active member organizations vote: {names} are not (set them active in the directory first)</source>
        <translation>solo votan las organizaciones miembro activas: {names} no lo son (márquelas como activas en el directorio primero)</translation>
    </message>
    <message>
        <source>“{title}” is closed: its outcome is frozen.</source>
        <translation>“{title}” está cerrada: su resultado ya no cambia.</translation>
    </message>
    <message>
        <source>Ballots are in on “{title}”: only its closing time can change now. Close it and make a new proposal to change what is decided.</source>
        <translation>Ya hay boletas en “{title}”: ahora solo puede cambiar su hora de cierre. Ciérrela y haga una nueva propuesta para cambiar lo que se decide.</translation>
    </message>
    <message>
        <source>“{ref}” names {count} proposals: give the id of one ({which}).</source>
        <translation>“{ref}” nombra {count} propuestas: indique el id de una ({which}).</translation>
    </message>
    <message>
        <source>No proposal “{ref}”.</source>
        <translation>No hay ninguna propuesta “{ref}”.</translation>
    </message>
    <message>
        <source>“{title}” is already closed.</source>
        <translation>“{title}” ya está cerrada.</translation>
    </message>
    <message>
        <source>an organization cannot hold its own proxy</source>
        <translation>una organización no puede tener su propio poder de voto</translation>
    </message>
    <message>
        <source>The organization named for the proxy no longer exists.</source>
        <translation>La organización indicada para el poder de voto ya no existe.</translation>
    </message>
    <message>
        <source>{name} is {status}: only active member organizations give or hold proxies.</source>
        <translation>{name} está en estado «{status}»: solo las organizaciones miembro activas otorgan o tienen poderes de voto.</translation>
    </message>
    <message>
        <source>The proposal named for the proxy no longer exists.</source>
        <translation>La propuesta indicada para el poder de voto ya no existe.</translation>
    </message>
    <message>
        <source>“{title}” is closed: a proxy for it would count nothing.</source>
        <translation>“{title}” está cerrada: un poder de voto para ella no contaría nada.</translation>
    </message>
    <message>
        <source>That proxy is already given.</source>
        <translation>Ese poder de voto ya se otorgó.</translation>
    </message>
    <message>
        <source>No such proxy.</source>
        <translation>No existe ese poder de voto.</translation>
    </message>
    <message>
        <source>That proxy was revoked already, on {day}: nothing was changed.</source>
        <translation>Ese poder de voto ya se revocó, el {day}: no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>{path}: line {unclear} is {what} ({value}), so nothing was read. Save the list as CSV UTF-8 (Excel: File → Save As → CSV UTF-8) and import it again.</source>
        <translation>{path}: la línea {unclear} es {what} ({value}), así que no se leyó nada. Guarde la lista como CSV UTF-8 (Excel: Archivo → Guardar como → CSV UTF-8) e impórtela de nuevo.</translation>
    </message>
    <message>
        <source>{path} starts like a {encoding} file but is damaged at byte {start}</source>
        <translation>{path} empieza como un archivo {encoding} pero está dañado en el byte {start}</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>datos binarios</translation>
    </message>
    <message>
        <source>{path} is not a CSV file: it looks like {what}. Save the list as CSV (comma-separated values) and import that file.</source>
        <translation>{path} no es un archivo CSV: parece {what}. Guarde la lista como CSV (valores separados por comas) e importe ese archivo.</translation>
    </message>
    <message>
        <source>{path}: columns {names} and {unnamed} have no name in the first line; the first line must name every column</source>
        <translation>{path}: las columnas {names} y {unnamed} no tienen nombre en la primera línea; la primera línea debe nombrar todas las columnas</translation>
    </message>
    <message>
        <source>{path} is empty</source>
        <translation>{path} está vacío</translation>
    </message>
    <message>
        <source>{path}: the header on line {line} is broken: {reason}</source>
        <translation>{path}: el encabezado de la línea {line} está dañado: {reason}</translation>
    </message>
    <message>
        <source>{path} has a header but no rows</source>
        <translation>{path} tiene encabezado pero ninguna fila</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} no existe</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CSV file</source>
        <translation>{path} es una carpeta, no un archivo CSV</translation>
    </message>
    <message>
        <source>cannot read {path}: {strerror}</source>
        <translation>no se puede leer {path}: {strerror}</translation>
    </message>
    <message>
        <source>unknown kind of record: {kind!r}</source>
        <translation>tipo de registro desconocido: {kind!r}</translation>
    </message>
    <message>
        <source>a field is mapped from more than one column</source>
        <translation>un campo está asignado a más de una columna</translation>
    </message>
    <message>
        <source>the mapping names a column the table does not have</source>
        <translation>la asignación nombra una columna que la tabla no tiene</translation>
    </message>
    <message>
        <source>no column of this list holds the person&apos;s name (its columns: {headers}); name one “Name”, or “First name” and “Last name”, or import it in the window, where you say what each column holds</source>
        <translation>ninguna columna de esta lista tiene el nombre de la persona (sus columnas: {headers}); llame a una “Nombre”, o “Nombre” y “Apellidos”, o impórtela en la ventana, donde usted indica qué tiene cada columna</translation>
    </message>
    <message>
        <source>no column of this list holds the organization&apos;s name (its columns: {headers}); name one “Name”, or import it in the window, where you say what each column holds</source>
        <translation>ninguna columna de esta lista tiene el nombre de la organización (sus columnas: {headers}); llame a una “Nombre”, o impórtela en la ventana, donde usted indica qué tiene cada columna</translation>
    </message>
    <message>
        <source>{table} records are not deleted here</source>
        <translation>los registros de {table} no se eliminan aquí</translation>
    </message>
    <message>
        <source>that {table} no longer exists</source>
        <translation>ese registro de {table} ya no existe</translation>
    </message>
    <message>
        <source>what uses it cannot go to the record being deleted</source>
        <translation>lo que lo usa no puede pasar al registro que se elimina</translation>
    </message>
    <message>
        <source>{known} is already in the directory ({name})</source>
        <translation>{known} ya está en el directorio ({name})</translation>
    </message>
    <message>
        <source>{repeated} is also on line {first}</source>
        <translation>{repeated} también está en la línea {first}</translation>
    </message>
    <message>
        <source>the parent organization {parent} is neither in the directory nor in this file</source>
        <translation>la organización madre {parent} no está ni en el directorio ni en este archivo</translation>
    </message>
    <message>
        <source>its parent, on line {parent_line}, cannot be imported</source>
        <translation>su organización madre, en la línea {parent_line}, no se puede importar</translation>
    </message>
    <message>
        <source>{value} cannot be read, so nothing was imported: {listed}</source>
        <translation>{value} no se pueden leer, así que no se importó nada: {listed}</translation>
    </message>
    <message>
        <source>choose two different people to merge</source>
        <translation>elija dos personas distintas para unir</translation>
    </message>
    <message>
        <source>that record no longer exists</source>
        <translation>ese registro ya no existe</translation>
    </message>
    <message>
        <source>the visibility is shared or private</source>
        <translation>la visibilidad es compartida o privada</translation>
    </message>
    <message>
        <source>that organization no longer exists</source>
        <translation>esa organización ya no existe</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a role (one of: {names})</source>
        <translation>“{role}” no es un rol (uno de: {names})</translation>
    </message>
    <message>
        <source>{article} {role} acts for a member organization: name it (only a coordinator may act for the coalition itself)</source>
        <translation>un rol de {role} actúa en nombre de una organización miembro: indíquela (solo quien coordina puede actuar en nombre de la coalición misma)</translation>
    </message>
    <message>
        <source>{count} profiles are named &apos;{key}&apos;: give the e-mail address instead</source>
        <translation>{count} perfiles se llaman “{key}”: indique la dirección de correo en su lugar</translation>
    </message>
    <message>
        <source>no profile is named &apos;{key}&apos; on this laptop (there are: {names})</source>
        <translation>ningún perfil se llama “{key}” en esta computadora (hay: {names})</translation>
    </message>
    <message>
        <source>that profile no longer exists</source>
        <translation>ese perfil ya no existe</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a {what} (one of: {choices})</source>
        <translation>“{text}” no es {what} válido (uno de: {choices})</translation>
    </message>
    <message>
        <source>an organization cannot be its own parent</source>
        <translation>una organización no puede ser su propia organización madre</translation>
    </message>
    <message>
        <source>the parent organization no longer exists</source>
        <translation>la organización madre ya no existe</translation>
    </message>
    <message>
        <source>that person no longer exists</source>
        <translation>esa persona ya no existe</translation>
    </message>
    <message>
        <source>that membership no longer exists</source>
        <translation>esa membresía ya no existe</translation>
    </message>
    <message>
        <source>an organization already reads its own records</source>
        <translation>una organización ya lee sus propios registros</translation>
    </message>
    <message>
        <source>that sharing agreement no longer exists</source>
        <translation>ese acuerdo para compartir ya no existe</translation>
    </message>
    <message>
        <source>no organization called “{key}” is in the directory{hint}</source>
        <translation>ninguna organización llamada “{key}” está en el directorio{hint}</translation>
    </message>
</context>
<context>
    <name>DraftStatus</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>&apos;{value}&apos; is not a channel (one of: {known})</source>
        <translation>“{value}” no es un canal (uno de: {known})</translation>
    </message>
    <message>
        <source>the comment replied to no longer exists</source>
        <translation>el comentario al que se respondía ya no existe</translation>
    </message>
    <message>
        <source>that variant belongs to another draft</source>
        <translation>esa versión pertenece a otro borrador</translation>
    </message>
    <message>
        <source>that comment no longer exists</source>
        <translation>ese comentario ya no existe</translation>
    </message>
    <message>
        <source>the owning organization no longer exists</source>
        <translation>la organización dueña ya no existe</translation>
    </message>
    <message>
        <source>unknown format {fmt!r}</source>
        <translation>formato desconocido {fmt!r}</translation>
    </message>
    <message>
        <source>no draft is called &apos;{title}&apos; (the drafts: {known})</source>
        <translation>ningún borrador se llama “{title}” (los borradores: {known})</translation>
    </message>
    <message>
        <source>that draft no longer exists</source>
        <translation>ese borrador ya no existe</translation>
    </message>
    <message>
        <source>that revision no longer exists</source>
        <translation>esa revisión ya no existe</translation>
    </message>
    <message>
        <source>that variant no longer exists</source>
        <translation>esa versión ya no existe</translation>
    </message>
    <message>
        <source>that sign-off no longer exists</source>
        <translation>esa aprobación ya no existe</translation>
    </message>
    <message>
        <source>the text is already that of revision {number}</source>
        <translation>el texto ya es el de la revisión {number}</translation>
    </message>
    <message>
        <source>{name} is already asked about this variant</source>
        <translation>ya se le preguntó a {name} por esta versión</translation>
    </message>
    <message>
        <source>the variant was edited after this text was shown; read it again and answer the new text</source>
        <translation>la versión se editó después de que se mostró este texto; léala de nuevo y responda sobre el texto nuevo</translation>
    </message>
    <message>
        <source>answer approve, request changes or decline</source>
        <translation>responda aprobar, pedir cambios o rechazar</translation>
    </message>
    <message>
        <source>say why ({label} needs a comment)</source>
        <translation>diga por qué ({label} necesita un comentario)</translation>
    </message>
    <message>
        <source>this request was voided by a later edit; answer the new one</source>
        <translation>esta solicitud quedó anulada por una edición posterior; responda la nueva</translation>
    </message>
    <message>
        <source>a voided sign-off is history and cannot be withdrawn</source>
        <translation>una aprobación anulada es historia y no se puede retirar</translation>
    </message>
    <message>
        <source>every variant must be approved first: {still}</source>
        <translation>antes hay que aprobar todas las versiones: {still}</translation>
    </message>
    <message>
        <source>this draft already has a variant for &apos;{label}&apos;</source>
        <translation>este borrador ya tiene una versión para “{label}”</translation>
    </message>
    <message>
        <source>“{title}” was adopted by the decision {decision}{when}: its text changes only by another decision.</source>
        <translation>“{title}” fue aprobado por la decisión {decision}{when}: su texto solo cambia con otra decisión.</translation>
    </message>
    <message>
        <source>“{title}” was adopted by the decision {decision}: it is not deleted, it is the coalition&apos;s record of what was decided.</source>
        <translation>“{title}” fue adoptado por la decisión {decision}: no se elimina, es el registro de la coalición de lo que se decidió.</translation>
    </message>
</context>
<context>
    <name>EndorsementStatus</name>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Condicionado</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Respaldado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
</context>
<context>
    <name>Endorsements</name>
    <message>
        <source>that campaign no longer exists</source>
        <translation>esa campaña ya no existe</translation>
    </message>
    <message>
        <source>{day} is still to come: an endorsement is recorded when it is given</source>
        <translation>{day} todavía no llega: un respaldo se registra cuando se da</translation>
    </message>
    <message>
        <source>choose one endorser: an organization or a person</source>
        <translation>elija quién respalda: una organización o una persona</translation>
    </message>
    <message>
        <source>choose what is endorsed: a campaign or an organization</source>
        <translation>elija qué se respalda: una campaña o una organización</translation>
    </message>
    <message>
        <source>a conditional endorsement needs its condition</source>
        <translation>un respaldo condicionado necesita su condición</translation>
    </message>
    <message>
        <source>an organization cannot endorse itself</source>
        <translation>una organización no puede respaldarse a sí misma</translation>
    </message>
    <message>
        <source>this endorsement is already recorded; change its status instead</source>
        <translation>este respaldo ya está registrado; cambie su estado en lugar de eso</translation>
    </message>
    <message>
        <source>this comes before the last change of status ({last})</source>
        <translation>esto es anterior al último cambio de estado ({last})</translation>
    </message>
    <message>
        <source>that endorsement no longer exists</source>
        <translation>ese respaldo ya no existe</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>There is no organization called “{name}”.</source>
        <translation>No hay ninguna organización llamada “{name}”.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time for the {what}; write it as YYYY-MM-DD HH:MM, like 2026-03-14 10:00</source>
        <translation>“{value}” no es una fecha y hora para «{what}»; escríbala como AAAA-MM-DD HH:MM, como 2026-03-14 10:00</translation>
    </message>
    <message>
        <source>question {number} needs both a key and the words to show</source>
        <translation>la pregunta {number} necesita una clave y el texto que se muestra</translation>
    </message>
    <message>
        <source>two questions have the key &apos;{key}&apos;; each needs its own</source>
        <translation>dos preguntas tienen la clave “{key}”; cada una necesita la suya</translation>
    </message>
    <message>
        <source>the event&apos;s name cannot be longer than 200 characters</source>
        <translation>el nombre del evento no puede tener más de 200 caracteres</translation>
    </message>
    <message>
        <source>the end ({end}) comes before the start ({start})</source>
        <translation>el fin ({end}) es anterior al inicio ({start})</translation>
    </message>
    <message>
        <source>an event lasts at most 14 days; make each part its own</source>
        <translation>un evento dura como máximo 14 días; haga de cada parte un evento propio</translation>
    </message>
    <message>
        <source>the time zone cannot be empty (like America/Los_Angeles); or give the state, whose zone is used</source>
        <translation>la zona horaria no puede quedar vacía (como America/Los_Angeles); o indique el estado, cuya zona se usa</translation>
    </message>
    <message>
        <source>the place cannot be longer than 300 characters</source>
        <translation>el lugar no puede tener más de 300 caracteres</translation>
    </message>
    <message>
        <source>the county cannot be longer than 80 characters</source>
        <translation>el condado no puede tener más de 80 caracteres</translation>
    </message>
    <message>
        <source>that campaign no longer exists</source>
        <translation>esa campaña ya no existe</translation>
    </message>
    <message>
        <source>one of the hosts no longer exists</source>
        <translation>una de las organizaciones anfitrionas ya no existe</translation>
    </message>
    <message>
        <source>{count} of the hosts no longer exist</source>
        <translation>{count} de las organizaciones anfitrionas ya no existen</translation>
    </message>
    <message>
        <source>one of the partners no longer exists</source>
        <translation>una de las organizaciones colaboradoras ya no existe</translation>
    </message>
    <message>
        <source>{count} of the partners no longer exist</source>
        <translation>{count} de las organizaciones colaboradoras ya no existen</translation>
    </message>
    <message>
        <source>1 shift would fall outside the event&apos;s days; move or delete it first</source>
        <translation>1 turno quedaría fuera de los días del evento; muévalo o elimínelo primero</translation>
    </message>
    <message>
        <source>{count} shifts would fall outside the event&apos;s days; move or delete them first</source>
        <translation>{count} turnos quedarían fuera de los días del evento; muévalos o elimínelos primero</translation>
    </message>
    <message>
        <source>that event no longer exists</source>
        <translation>ese evento ya no existe</translation>
    </message>
    <message>
        <source>Too many wrong tries: wait {seconds} seconds.</source>
        <translation>Demasiados intentos fallidos: espere {seconds} segundos.</translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation>El PIN tiene de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time for the shift&apos;s {what} (like 10:00, or 2026-03-14 10:00)</source>
        <translation>“{text}” no es una hora para «{what}» del turno (como 10:00, o 2026-03-14 10:00)</translation>
    </message>
    <message>
        <source>the shift must end after it starts (it starts at {start} and ends at {end})</source>
        <translation>el turno debe terminar después de empezar (empieza a las {start} y termina a las {end})</translation>
    </message>
    <message>
        <source>the shift&apos;s start ({moment}) is not on the event&apos;s day ({days})</source>
        <translation>el inicio del turno ({moment}) no cae en los días del evento ({days})</translation>
    </message>
    <message>
        <source>the shift&apos;s end ({moment}) is not on the event&apos;s day ({days})</source>
        <translation>el fin del turno ({moment}) no cae en los días del evento ({days})</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <source>the number of slots cannot be empty</source>
        <translation>el número de puestos no puede quedar vacío</translation>
    </message>
    <message>
        <source>a shift has at most {count} slots</source>
        <translation>un turno tiene como máximo {count} puestos</translation>
    </message>
    <message>
        <source>the shift&apos;s title cannot be longer than 200 characters</source>
        <translation>el título del turno no puede tener más de 200 caracteres</translation>
    </message>
    <message>
        <source>{count} people are on this shift; take someone off before giving it fewer slots</source>
        <translation>hay {count} personas en este turno; quite a alguien antes de darle menos puestos</translation>
    </message>
    <message>
        <source>that shift no longer exists</source>
        <translation>ese turno ya no existe</translation>
    </message>
    <message>
        <source>that person is no longer on the shift</source>
        <translation>esa persona ya no está en el turno</translation>
    </message>
    <message>
        <source>that person is no longer in the directory</source>
        <translation>esa persona ya no está en el directorio</translation>
    </message>
    <message>
        <source>{name} is already on the shift {shift}</source>
        <translation>{name} ya está en el turno {shift}</translation>
    </message>
    <message>
        <source>the shift {shift} is full ({taken} of {slots} slots taken); give it another slot first</source>
        <translation>el turno {shift} está completo ({taken} de {slots} puestos cubiertos); agréguele otro puesto primero</translation>
    </message>
    <message>
        <source>a check-in time needs its zone</source>
        <translation>la hora de llegada necesita su zona horaria</translation>
    </message>
    <message>
        <source>{name} has checked in already for this shift</source>
        <translation>ya se registró la llegada de {name} a este turno</translation>
    </message>
    <message>
        <source>{name} has not checked in yet: check in first</source>
        <translation>todavía no se registró la llegada de {name}: registre primero la llegada</translation>
    </message>
    <message>
        <source>a check-out cannot come before the check-in ({time})</source>
        <translation>la salida no puede ser anterior a la llegada ({time})</translation>
    </message>
    <message>
        <source>Imported {total} sign-ups: {created} new people, {matched} matched to people already there (to review), {consents} consents.</source>
        <translation>Se importaron {total} inscripciones: {created} personas nuevas, {matched} que coinciden con personas ya registradas (por revisar), {consents} consentimientos.</translation>
    </message>
    <message>
        <source>{count} events are called “{name}”: give the event&apos;s id.</source>
        <translation>{count} eventos se llaman “{name}”: indique el identificador del evento.</translation>
    </message>
    <message>
        <source>There is no event called “{name}”.</source>
        <translation>No hay ningún evento llamado “{name}”.</translation>
    </message>
    <message>
        <source>line {line}: “{value}” in the column “{header}” is neither a yes (yes, y, x, 1, sí) nor a blank or no</source>
        <translation>línea {line}: “{value}” en la columna “{header}” no es un sí (sí, yes, y, x, 1) ni un espacio en blanco o un no</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>línea {line}: {problem}</translation>
    </message>
    <message>
        <source>The column “{header}” names an organization that neither hosts “{event}” nor takes part in it: a sign-up there cannot consent to it (add it to the event as a partner first).</source>
        <translation>La columna “{header}” nombra una organización que ni organiza “{event}” ni participa en él: una inscripción allí no puede darle su consentimiento (añádala antes al evento como socia).</translation>
    </message>
    <message>
        <source>The column “{header}” is neither a sign-up field (name, email, phone, zip, county, language), nor an organization&apos;s name, nor one of the event&apos;s questions.</source>
        <translation>La columna “{header}” no es un campo de inscripción (name, email, phone, zip, county, language), ni el nombre de una organización, ni una de las preguntas del evento.</translation>
    </message>
    <message>
        <source>{path} has no sign-ups in it.</source>
        <translation>{path} no contiene inscripciones.</translation>
    </message>
    <message>
        <source>1 line of the sheet cannot be read, so nothing was imported: {listed}.</source>
        <translation>1 línea de la hoja no se puede leer, así que no se importó nada: {listed}.</translation>
    </message>
    <message>
        <source>{count} lines of the sheet cannot be read, so nothing was imported: {listed}; and {more} more.</source>
        <translation>{count} líneas de la hoja no se pueden leer, así que no se importó nada: {listed}; y {more} más.</translation>
    </message>
    <message>
        <source>{count} lines of the sheet cannot be read, so nothing was imported: {listed}.</source>
        <translation>{count} líneas de la hoja no se pueden leer, así que no se importó nada: {listed}.</translation>
    </message>
    <message>
        <source>line {line}: the language “{language}” is not English or Spanish</source>
        <translation>línea {line}: el idioma “{language}” no es inglés ni español</translation>
    </message>
    <message>
        <source>That event does not exist.</source>
        <translation>Ese evento no existe.</translation>
    </message>
    <message>
        <source>The ZIP code {postal_code} is in {zip_state}, and this event is in {event_state}: is it right?</source>
        <translation>El código postal {postal_code} está en {zip_state}, y este evento es en {event_state}: ¿es correcto?</translation>
    </message>
    <message>
        <source>The e-mail address “{text}” is not valid: {exc}</source>
        <translation>La dirección de correo “{text}” no es válida: {exc}</translation>
    </message>
    <message>
        <source>The phone number “{text}” is not a phone number: write it with its area code, like 916-555-0142.</source>
        <translation>“{text}” no es un número de teléfono: escríbalo con su código de área, como 916-555-0142.</translation>
    </message>
    <message>
        <source>The name is longer than 200 letters.</source>
        <translation>El nombre tiene más de 200 letras.</translation>
    </message>
    <message>
        <source>The language “{language}” is not English or Spanish.</source>
        <translation>El idioma “{language}” no es inglés ni español.</translation>
    </message>
    <message>
        <source>Give an e-mail address, or a phone number, or your name and ZIP code, so that we can reach you.</source>
        <translation>Indique una dirección de correo, o un número de teléfono, o su nombre y código postal, para que podamos comunicarnos con usted.</translation>
    </message>
    <message>
        <source>That event no longer exists.</source>
        <translation>Ese evento ya no existe.</translation>
    </message>
    <message>
        <source>The matching person vanished.</source>
        <translation>La persona que coincidía ya no está.</translation>
    </message>
    <message>
        <source>An organization asking for consent no longer exists.</source>
        <translation>Una organización que pide consentimiento ya no existe.</translation>
    </message>
    <message>
        <source>An organization that neither hosts this event nor takes part in it cannot be given consent at its table.</source>
        <translation>No se puede dar consentimiento en la mesa de este evento a una organización que ni lo organiza ni participa en él.</translation>
    </message>
    <message>
        <source>The ZIP code “{value}” is not a ZIP code: write five digits, like 94110, or ZIP+4, like 94110-1234.</source>
        <translation>“{value}” no es un código postal: escriba cinco dígitos, como 94110, o ZIP+4, como 94110-1234.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>due date</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>day it was done</source>
        <translation>día en que se hizo</translation>
    </message>
    <message>
        <source>time box</source>
        <translation>tiempo del punto</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>first call</source>
        <translation>primera llamada</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>length of the call</source>
        <translation>duración de la llamada</translation>
    </message>
    <message>
        <source>closing date</source>
        <translation>fecha de cierre</translation>
    </message>
    <message>
        <source>--call</source>
        <translation>--call</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>dirección de correo</translation>
    </message>
    <message>
        <source>organization&apos;s name</source>
        <translation>nombre de la organización</translation>
    </message>
    <message>
        <source>role</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>nombre corto</translation>
    </message>
    <message>
        <source>founding date</source>
        <translation>fecha de fundación</translation>
    </message>
    <message>
        <source>person&apos;s name</source>
        <translation>nombre de la persona</translation>
    </message>
    <message>
        <source>county</source>
        <translation>condado</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>fecha de fin</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>draft&apos;s title</source>
        <translation>título del borrador</translation>
    </message>
    <message>
        <source>campaign&apos;s name</source>
        <translation>nombre de la campaña</translation>
    </message>
    <message>
        <source>filing date</source>
        <translation>fecha de presentación</translation>
    </message>
    <message>
        <source>signature deadline</source>
        <translation>fecha límite de firmas</translation>
    </message>
    <message>
        <source>vote date</source>
        <translation>fecha de votación</translation>
    </message>
    <message>
        <source>signature goal</source>
        <translation>meta de firmas</translation>
    </message>
    <message>
        <source>event&apos;s name</source>
        <translation>nombre del evento</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>shift&apos;s day</source>
        <translation>día del turno</translation>
    </message>
    <message>
        <source>number of slots</source>
        <translation>número de puestos</translation>
    </message>
    <message>
        <source>day collected</source>
        <translation>día de recolección</translation>
    </message>
    <message>
        <source>raw signatures</source>
        <translation>firmas recogidas</translation>
    </message>
    <message>
        <source>verified signatures</source>
        <translation>firmas verificadas</translation>
    </message>
    <message>
        <source>day verified</source>
        <translation>día de verificación</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cifra de la meta</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>goal&apos;s name</source>
        <translation>nombre de la meta</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>expected valid share</source>
        <translation>porcentaje válido esperado</translation>
    </message>
    <message>
        <source>day observed</source>
        <translation>día observado</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>count</source>
        <translation>conteo</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>no file to write was named</source>
        <translation>no se indicó ningún archivo donde escribir</translation>
    </message>
    <message>
        <source>{path} is the database Coalition has open: choose another file to write</source>
        <translation>{path} es la base de datos que Coalition tiene abierta: elija otro archivo donde escribir</translation>
    </message>
    <message>
        <source>{path} is a folder: name a file to write in it</source>
        <translation>{path} es una carpeta: indique un archivo dentro de ella</translation>
    </message>
</context>
<context>
    <name>Finance</name>
    <message>
        <source>Coordinated</source>
        <translation>Coordinado</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Independiente</translation>
    </message>
</context>
<context>
    <name>GoalMeasure</name>
    <message>
        <source>States with a representative or a page</source>
        <translation>Estados con representante o página</translation>
    </message>
    <message>
        <source>States with a representative</source>
        <translation>Estados con representante</translation>
    </message>
    <message>
        <source>Allied organizations</source>
        <translation>Organizaciones aliadas</translation>
    </message>
    <message>
        <source>Endorsements of a campaign</source>
        <translation>Respaldos a una campaña</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Tareas abiertas</translation>
    </message>
    <message>
        <source>Petition signatures of a campaign</source>
        <translation>Firmas de petición de una campaña</translation>
    </message>
    <message>
        <source>Voter registrations reported</source>
        <translation>Registros de votantes informados</translation>
    </message>
    <message>
        <source>Registration pledges</source>
        <translation>Compromisos de registro</translation>
    </message>
    <message>
        <source>Sign-ups at events</source>
        <translation>Inscripciones en eventos</translation>
    </message>
    <message>
        <source>Recorded observations</source>
        <translation>Observaciones registradas</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>Only counts are kept here, never a signer&apos;s name or address: California&apos;s Elections Code §18650 forbids using a petition&apos;s signatures for anything but qualifying the measure. The sheets go to the county; Coalition keeps the numbers.</source>
        <translation>Aquí solo se guardan conteos, nunca el nombre ni la dirección de quien firma: el Código Electoral de California §18650 prohíbe usar las firmas de una petición para otra cosa que no sea calificar la medida. Las hojas van al condado; Coalition guarda los números.</translation>
    </message>
    <message>
        <source>the {what} cannot be more than {most}</source>
        <translation>«{what}» no puede ser más de {most}</translation>
    </message>
    <message>
        <source>{day} is in the future; the {what} is a day already past</source>
        <translation>{day} está en el futuro; «{what}» es un día que ya pasó</translation>
    </message>
    <message>
        <source>{verified} verified is more than the {raw} raw signatures of this batch; a batch cannot have more valid signatures than it holds</source>
        <translation>{verified} verificadas es más que las {raw} firmas recogidas de este lote; un lote no puede tener más firmas válidas de las que contiene</translation>
    </message>
    <message>
        <source>choose the campaign the petition is for</source>
        <translation>elija la campaña de la petición</translation>
    </message>
    <message>
        <source>the day collected cannot be empty</source>
        <translation>el día de recolección no puede quedar vacío</translation>
    </message>
    <message>
        <source>the number of raw signatures cannot be empty</source>
        <translation>el número de firmas recogidas no puede quedar vacío</translation>
    </message>
    <message>
        <source>give the verified count of the day verified</source>
        <translation>indique el conteo verificado del día de verificación</translation>
    </message>
    <message>
        <source>the batch was verified ({verified}) before it was collected ({collected})</source>
        <translation>el lote se verificó ({verified}) antes de recogerse ({collected})</translation>
    </message>
    <message>
        <source>the county&apos;s name cannot be longer than 80 characters</source>
        <translation>el nombre del condado no puede tener más de 80 caracteres</translation>
    </message>
    <message>
        <source>the collector&apos;s name cannot be longer than 200 characters</source>
        <translation>el nombre de quien recogió las firmas no puede tener más de 200 caracteres</translation>
    </message>
    <message>
        <source>that campaign no longer exists</source>
        <translation>esa campaña ya no existe</translation>
    </message>
    <message>
        <source>that collector is no longer in the directory</source>
        <translation>esa persona recolectora ya no está en el directorio</translation>
    </message>
    <message>
        <source>that event no longer exists</source>
        <translation>ese evento ya no existe</translation>
    </message>
    <message>
        <source>the batch was collected ({collected}) before its event began ({began})</source>
        <translation>el lote se recogió ({collected}) antes de que empezara su evento ({began})</translation>
    </message>
    <message>
        <source>that petition batch no longer exists</source>
        <translation>ese lote de firmas ya no existe</translation>
    </message>
    <message>
        <source>no petition batches yet</source>
        <translation>todavía no hay lotes de firmas</translation>
    </message>
    <message>
        <source>from 1 petition batch, {verified} verified</source>
        <translation>de 1 lote de firmas, {verified} verificados</translation>
    </message>
    <message>
        <source>from {records} petition batches, {verified} verified</source>
        <translation>de {records} lotes de firmas, {verified} verificados</translation>
    </message>
    <message>
        <source>the {rate} found valid in 1 verified batch</source>
        <translation>el {rate} de firmas válidas en 1 lote verificado</translation>
    </message>
    <message>
        <source>the {rate} found valid in {count} verified batches</source>
        <translation>el {rate} de firmas válidas en {count} lotes verificados</translation>
    </message>
    <message>
        <source>the {percent}% the goal expects (no batch verified yet)</source>
        <translation>el {percent} % que espera la meta (todavía no hay lotes verificados)</translation>
    </message>
    <message>
        <source>several campaigns are called “{key}”: give the campaign&apos;s id</source>
        <translation>varias campañas se llaman “{key}”: indique el id de la campaña</translation>
    </message>
    <message>
        <source>{names} or {last}</source>
        <translation>{names} o {last}</translation>
    </message>
    <message>
        <source>no campaign called “{key}”; did you mean {names}?</source>
        <translation>ninguna campaña se llama “{key}”; ¿quiso decir {names}?</translation>
    </message>
    <message>
        <source>no campaign called “{key}”</source>
        <translation>ninguna campaña se llama “{key}”</translation>
    </message>
    <message>
        <source>{count} events are called “{key}”: give the event&apos;s id</source>
        <translation>{count} eventos se llaman “{key}”: indique el id del evento</translation>
    </message>
    <message>
        <source>no event called “{key}”</source>
        <translation>ningún evento se llama “{key}”</translation>
    </message>
    <message>
        <source>Representatives: {names}</source>
        <translation>Representantes: {names}</translation>
    </message>
    <message>
        <source>Pages: {names}</source>
        <translation>Páginas: {names}</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>ingresado a mano</translation>
    </message>
    <message>
        <source>from 1 report</source>
        <translation>de 1 informe</translation>
    </message>
    <message>
        <source>from {records} reports</source>
        <translation>de {records} informes</translation>
    </message>
    <message>
        <source> and 1 sign-up that pledged</source>
        <translation> y 1 inscripción con compromiso</translation>
    </message>
    <message>
        <source> and {count} sign-ups that pledged</source>
        <translation> y {count} inscripciones con compromiso</translation>
    </message>
    <message>
        <source>1 sign-up</source>
        <translation>1 inscripción</translation>
    </message>
    <message>
        <source>{count} sign-ups</source>
        <translation>{count} inscripciones</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} eventos</translation>
    </message>
    <message>
        <source>from {sign_ups} at {events}</source>
        <translation>de {sign_ups} en {events}</translation>
    </message>
    <message>
        <source>counted from the directory</source>
        <translation>contado a partir del directorio</translation>
    </message>
    <message>
        <source>states</source>
        <translation>estados</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organizaciones</translation>
    </message>
    <message>
        <source>endorsements</source>
        <translation>respaldos</translation>
    </message>
    <message>
        <source>open action items</source>
        <translation>tareas abiertas</translation>
    </message>
    <message>
        <source>valid signatures</source>
        <translation>firmas válidas</translation>
    </message>
    <message>
        <source>registrations</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>pledges</source>
        <translation>compromisos</translation>
    </message>
    <message>
        <source>people signed up</source>
        <translation>personas inscritas</translation>
    </message>
    <message>
        <source>the target cannot be empty</source>
        <translation>la cifra de la meta no puede quedar vacía</translation>
    </message>
    <message>
        <source>the target cannot be more than {most}</source>
        <translation>la cifra de la meta no puede ser más de {most}</translation>
    </message>
    <message>
        <source>the target must be more than 0</source>
        <translation>la cifra de la meta debe ser mayor que 0</translation>
    </message>
    <message>
        <source>choose the campaign whose endorsements count</source>
        <translation>elija la campaña cuyos respaldos cuentan</translation>
    </message>
    <message>
        <source>choose the campaign whose petition counts</source>
        <translation>elija la campaña cuya petición cuenta</translation>
    </message>
    <message>
        <source>the expected valid share is a percentage from 1 to 100</source>
        <translation>el porcentaje válido esperado es un porcentaje de 1 a 100</translation>
    </message>
    <message>
        <source>this goal has {count} recorded values; delete them before counting it from the data</source>
        <translation>esta meta tiene {count} valores registrados; elimínelos antes de contarla a partir de los datos</translation>
    </message>
    <message>
        <source>that goal no longer exists</source>
        <translation>esa meta ya no existe</translation>
    </message>
    <message>
        <source>the day observed cannot be empty</source>
        <translation>el día observado no puede quedar vacío</translation>
    </message>
    <message>
        <source>{day} is in the future; record values once they are counted</source>
        <translation>{day} está en el futuro; registre los valores una vez contados</translation>
    </message>
    <message>
        <source>the value cannot be empty</source>
        <translation>el valor no puede quedar vacío</translation>
    </message>
    <message>
        <source>the value cannot be more than {most}</source>
        <translation>el valor no puede ser más de {most}</translation>
    </message>
    <message>
        <source>“{name}” is counted from the data ({measure}); it takes no recorded values</source>
        <translation>“{name}” se cuenta a partir de los datos ({measure}); no admite valores registrados</translation>
    </message>
    <message>
        <source>there is already a value for {day}; change that one instead</source>
        <translation>ya hay un valor para el {day}; cambie ese en su lugar</translation>
    </message>
    <message>
        <source>there is already a value for {day}</source>
        <translation>ya hay un valor para el {day}</translation>
    </message>
    <message>
        <source>that recorded value no longer exists</source>
        <translation>ese valor registrado ya no existe</translation>
    </message>
    <message>
        <source>{raw} raw · {projected} projected valid ({rate}) · {verified} verified of {target}</source>
        <translation>{raw} recogidas · {projected} válidas previstas ({rate}) · {verified} verificadas de {target}</translation>
    </message>
    <message>
        <source>set by hand, latest {day}</source>
        <translation>ingresado a mano, el último el {day}</translation>
    </message>
    <message>
        <source>counted from data in the directory</source>
        <translation>contado a partir de los datos del directorio</translation>
    </message>
    <message>
        <source>counted from data: {origin}</source>
        <translation>contado a partir de los datos: {origin}</translation>
    </message>
    <message>
        <source>Nothing recorded yet · target {target}</source>
        <translation>Nada registrado todavía · meta {target}</translation>
    </message>
    <message>
        <source>{current} {what} · at most {target}</source>
        <translation>{current} {what} · como máximo {target}</translation>
    </message>
    <message>
        <source>{current} of {target} {what}</source>
        <translation>{current} de {target} {what}</translation>
    </message>
    <message>
        <source>No pace yet: record a first value</source>
        <translation>Todavía no hay ritmo: registre un primer valor</translation>
    </message>
    <message>
        <source>No pace yet: one value so far</source>
        <translation>Todavía no hay ritmo: por ahora hay un solo valor</translation>
    </message>
    <message>
        <source>No change to measure yet</source>
        <translation>Todavía no hay cambios que medir</translation>
    </message>
    <message>
        <source>the last four weeks</source>
        <translation>las últimas cuatro semanas</translation>
    </message>
    <message>
        <source>the last {weeks} weeks</source>
        <translation>las últimas {weeks} semanas</translation>
    </message>
    <message>
        <source>No change over {span}</source>
        <translation>Sin cambios en {span}</translation>
    </message>
    <message>
        <source>{amount} a week over {span}</source>
        <translation>{amount} por semana en {span}</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Meta alcanzada</translation>
    </message>
    <message>
        <source>Deadline {day}</source>
        <translation>Fecha límite: {day}</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>Not reached at this pace; the deadline is {deadline}</source>
        <translation>No se alcanza a este ritmo; la fecha límite es el {deadline}</translation>
    </message>
    <message>
        <source>Not reached at this pace</source>
        <translation>No se alcanza a este ritmo</translation>
    </message>
    <message>
        <source>At this pace: {day}</source>
        <translation>A este ritmo: {day}</translation>
    </message>
    <message>
        <source>At this pace: {day}, {late} days after the deadline ({deadline})</source>
        <translation>A este ritmo: {day}, {late} días después de la fecha límite ({deadline})</translation>
    </message>
    <message>
        <source>At this pace: {day}, before the deadline ({deadline})</source>
        <translation>A este ritmo: {day}, antes de la fecha límite ({deadline})</translation>
    </message>
    <message>
        <source>Agenda not started yet ({count} standing items to begin with)</source>
        <translation>La agenda todavía no se empezó ({count} puntos fijos para comenzar)</translation>
    </message>
    <message>
        <source>No agenda yet</source>
        <translation>Todavía no hay agenda</translation>
    </message>
    <message>
        <source>1 agenda item</source>
        <translation>1 punto de agenda</translation>
    </message>
    <message>
        <source>{count} agenda items</source>
        <translation>{count} puntos de agenda</translation>
    </message>
    <message>
        <source>1 done</source>
        <translation>1 hecho</translation>
    </message>
    <message>
        <source>{count} done</source>
        <translation>{count} hechos</translation>
    </message>
    <message>
        <source>every item has an owner</source>
        <translation>cada punto tiene responsable</translation>
    </message>
    <message>
        <source>1 without an owner</source>
        <translation>1 sin responsable</translation>
    </message>
    <message>
        <source>{count} without an owner</source>
        <translation>{count} sin responsable</translation>
    </message>
    <message>
        <source>time boxes {minutes} min over the call</source>
        <translation>los tiempos de los puntos exceden la llamada en {minutes} min</translation>
    </message>
    <message>
        <source>chapter of</source>
        <translation>sección de</translation>
    </message>
    <message>
        <source>1 shared member</source>
        <translation>1 integrante en común</translation>
    </message>
    <message>
        <source>{count} shared members</source>
        <translation>{count} integrantes en común</translation>
    </message>
    <message>
        <source>The coalition</source>
        <translation>La coalición</translation>
    </message>
    <message>
        <source>pledge</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a kind of tally (pledge or registration)</source>
        <translation>“{value}” no es un tipo de conteo (pledge o registration)</translation>
    </message>
    <message>
        <source>the day cannot be empty</source>
        <translation>el día no puede quedar vacío</translation>
    </message>
    <message>
        <source>{day} is in the future; report a count once it is made</source>
        <translation>{day} está en el futuro; informe un conteo una vez hecho</translation>
    </message>
    <message>
        <source>the count cannot be empty</source>
        <translation>el conteo no puede quedar vacío</translation>
    </message>
    <message>
        <source>the count cannot be more than {most}</source>
        <translation>el conteo no puede ser más de {most}</translation>
    </message>
    <message>
        <source>the reporter&apos;s name cannot be longer than 200 characters</source>
        <translation>el nombre de quien informa no puede tener más de 200 caracteres</translation>
    </message>
    <message>
        <source>the count is dated {day}, before its event began ({began})</source>
        <translation>el recuento tiene fecha {day}, antes de que empezara su evento ({began})</translation>
    </message>
    <message>
        <source>that registration report no longer exists</source>
        <translation>ese informe de inscripciones ya no existe</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{what} added</source>
        <translation>{what}: se agregó</translation>
    </message>
    <message>
        <source>{what} added: {summary}</source>
        <translation>{what}: se agregó “{summary}”</translation>
    </message>
    <message>
        <source>{what} changed</source>
        <translation>{what}: se cambió</translation>
    </message>
    <message>
        <source>{what} changed: {summary}</source>
        <translation>{what}: se cambió “{summary}”</translation>
    </message>
    <message>
        <source>{what} deleted</source>
        <translation>{what}: se eliminó</translation>
    </message>
    <message>
        <source>{what} deleted: {summary}</source>
        <translation>{what}: se eliminó “{summary}”</translation>
    </message>
    <message>
        <source>{what} (and {more} more)</source>
        <translation>{what} (y {more} más)</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Pasa a la siguiente</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
</context>
<context>
    <name>LegalClass</name>
    <message>
        <source>Political party</source>
        <translation>Partido político</translation>
    </message>
    <message>
        <source>501(c)(3) charity</source>
        <translation>Organización benéfica 501(c)(3)</translation>
    </message>
    <message>
        <source>501(c)(4) advocacy group</source>
        <translation>Grupo de incidencia 501(c)(4)</translation>
    </message>
    <message>
        <source>Political action committee</source>
        <translation>Comité de acción política (PAC)</translation>
    </message>
    <message>
        <source>Independent ally</source>
        <translation>Aliado independiente</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Representa</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Parte de</translation>
    </message>
    <message>
        <source>Endorsed by</source>
        <translation>Respaldada por</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votación</translation>
    </message>
    <message>
        <source>Signature goal</source>
        <translation>Meta de firmas</translation>
    </message>
    <message>
        <source>Endorser</source>
        <translation>Quien respalda</translation>
    </message>
    <message>
        <source>Endorses</source>
        <translation>Respalda a</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>the outgoing (SMTP) server needs a host name, e.g. smtp.example.org</source>
        <translation>el servidor de salida (SMTP) necesita un nombre de host, p. ej. smtp.example.org</translation>
    </message>
    <message>
        <source>a port is a number from 1 to 65535, not {port!r}</source>
        <translation>un puerto es un número del 1 al 65535, no {port!r}</translation>
    </message>
    <message>
        <source>security is one of {names}, not {security!r}</source>
        <translation>la seguridad es una de {names}, no {security!r}</translation>
    </message>
    <message>
        <source>&apos;{imap}&apos; is not a host name</source>
        <translation>“{imap}” no es un nombre de host</translation>
    </message>
    <message>
        <source>the mail server {where} wants a password for &apos;{username}&apos;, and none is kept: set up mail again, or give $COALITION_MAIL_PASSWORD</source>
        <translation>el servidor de correo {where} pide una contraseña para “{username}” y no hay ninguna guardada: configure el correo de nuevo, o defina $COALITION_MAIL_PASSWORD</translation>
    </message>
    <message>
        <source>the mail server {where} does not offer {value} ({exc}); check the port and the security setting</source>
        <translation>el servidor de correo {where} no ofrece {value} ({exc}); revise el puerto y la configuración de seguridad</translation>
    </message>
    <message>
        <source>the secure connection to {where} failed ({value}); check the port and the security setting (STARTTLS is usually port 587, TLS 465)</source>
        <translation>falló la conexión segura con {where} ({value}); revise el puerto y la configuración de seguridad (STARTTLS suele ser el puerto 587, TLS el 465)</translation>
    </message>
    <message>
        <source>the mail server {smtp_host} is not known (is the name right, and are you online?)</source>
        <translation>el servidor de correo {smtp_host} no se encuentra (¿el nombre es correcto y tiene conexión?)</translation>
    </message>
    <message>
        <source>the mail server {where} did not answer in {TIMEOUT_S} seconds</source>
        <translation>el servidor de correo {where} no respondió en {TIMEOUT_S} segundos</translation>
    </message>
    <message>
        <source>the mail server {where} closed the connection</source>
        <translation>el servidor de correo {where} cerró la conexión</translation>
    </message>
    <message>
        <source>cannot reach the mail server {where} ({reason}); are you online?</source>
        <translation>no se puede llegar al servidor de correo {where} ({reason}); ¿tiene conexión?</translation>
    </message>
    <message>
        <source>&apos;{to}&apos; is not an e-mail address</source>
        <translation>“{to}” no es una dirección de correo</translation>
    </message>
    <message>
        <source>the mail server refused the address {to} ({value})</source>
        <translation>el servidor de correo rechazó la dirección {to} ({value})</translation>
    </message>
    <message>
        <source>{email!r} is not an e-mail address</source>
        <translation>{email!r} no es una dirección de correo</translation>
    </message>
    <message>
        <source>the calendar says no METHOD</source>
        <translation>el calendario no indica METHOD</translation>
    </message>
    <message>
        <source>no mailbox to read replies from: give the mail account its IMAP server first</source>
        <translation>no hay buzón del cual leer respuestas: indique primero el servidor IMAP de la cuenta de correo</translation>
    </message>
    <message>
        <source>the mailbox&apos;s security &apos;{security}&apos; is not tls, starttls or none</source>
        <translation>la seguridad del buzón, “{security}”, no es tls, starttls ni none</translation>
    </message>
    <message>
        <source>the mailbox at {host} would get the password unencrypted: choose TLS or STARTTLS for a server that is not on this computer</source>
        <translation>el buzón en {host} recibiría la contraseña sin cifrar: elija TLS o STARTTLS para un servidor que no está en esta computadora</translation>
    </message>
    <message>
        <source>the mail server at {where} showed a certificate that cannot be trusted</source>
        <translation>el servidor de correo en {where} mostró un certificado que no es de confianza</translation>
    </message>
    <message>
        <source>the secure connection to the mail server at {where} failed ({reason})</source>
        <translation>falló la conexión segura con el servidor de correo en {where} ({reason})</translation>
    </message>
    <message>
        <source>the mail server {imap_host} cannot be found (is the name right?)</source>
        <translation>el servidor de correo {imap_host} no se encuentra (¿el nombre es correcto?)</translation>
    </message>
    <message>
        <source>the mail server at {where} refused the connection (is it running?)</source>
        <translation>el servidor de correo en {where} rechazó la conexión (¿está funcionando?)</translation>
    </message>
    <message>
        <source>the mail server at {where} did not answer in {TIMEOUT_S} seconds</source>
        <translation>el servidor de correo en {where} no respondió en {TIMEOUT_S} segundos</translation>
    </message>
    <message>
        <source>the connection to the mail server at {where} was lost</source>
        <translation>se perdió la conexión con el servidor de correo en {where}</translation>
    </message>
    <message>
        <source>the mail server at {where} refused the login: check the user name and password</source>
        <translation>el servidor de correo en {where} rechazó el inicio de sesión: revise el nombre de usuario y la contraseña</translation>
    </message>
    <message>
        <source>the mail server at {where} said: {text}</source>
        <translation>el servidor de correo en {where} dijo: {text}</translation>
    </message>
    <message>
        <source>the mail server at {where} cannot be reached ({value})</source>
        <translation>no se puede llegar al servidor de correo en {where} ({value})</translation>
    </message>
    <message>
        <source>the mailbox at {where} cannot be read ({kind})</source>
        <translation>no se puede leer el buzón en {where} ({kind})</translation>
    </message>
    <message>
        <source>mail is not set up yet: give the account first (coalition mail-setup)</source>
        <translation>el correo todavía no está configurado: indique primero la cuenta (coalition mail-setup)</translation>
    </message>
    <message>
        <source>there is no preview of {kind!r}</source>
        <translation>no hay vista previa de {kind!r}</translation>
    </message>
    <message>
        <source>a preview of {kind} is of one call series</source>
        <translation>una vista previa de {kind} es de una sola serie de llamadas</translation>
    </message>
    <message>
        <source>a call series has no mail setting {unknown!r}</source>
        <translation>una serie de llamadas no tiene la opción de correo {unknown!r}</translation>
    </message>
    <message>
        <source>the agenda goes 0 to 14 days before the call</source>
        <translation>la agenda sale de 0 a 14 días antes de la llamada</translation>
    </message>
    <message>
        <source>&apos;{fields}&apos; is not a time of day such as 10:00</source>
        <translation>“{fields}” no es una hora del día como 10:00</translation>
    </message>
    <message>
        <source>that call no longer exists</source>
        <translation>esa llamada ya no existe</translation>
    </message>
    <message>
        <source>that message is no longer in the outbox</source>
        <translation>ese mensaje ya no está en la bandeja de salida</translation>
    </message>
    <message>
        <source>the message to {recipient} was sent already</source>
        <translation>el mensaje para {recipient} ya se envió</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; has no call on {day}</source>
        <translation>“{title}” no tiene llamada el {day}</translation>
    </message>
    <message>
        <source>it answers an event{what} that is none of our calls</source>
        <translation>responde a un evento{what} que no es ninguna de nuestras llamadas</translation>
    </message>
    <message>
        <source>{attendee} is not in the directory</source>
        <translation>{attendee} no está en el directorio</translation>
    </message>
    <message>
        <source>{attendee} is the address of {names}: whose answer is unclear</source>
        <translation>{attendee} es la dirección de {names}: no queda claro de quién es la respuesta</translation>
    </message>
    <message>
        <source>{name} is not invited to &apos;{title}&apos;</source>
        <translation>{name} no está invitado/a a “{title}”</translation>
    </message>
    <message>
        <source>{name}&apos;s answer says neither accepted, declined nor tentative</source>
        <translation>la respuesta de {name} no dice ni que acepta, ni que rechaza, ni que tal vez</translation>
    </message>
    <message>
        <source>{name}&apos;s answer of {when:%Y-%m-%d %H:%M} UTC is not later than the one already recorded ({label}, {answered_at:%Y-%m-%d %H:%M} UTC)</source>
        <translation>la respuesta de {name} del {when:%Y-%m-%d %H:%M} UTC no es posterior a la ya registrada ({label}, {answered_at:%Y-%m-%d %H:%M} UTC)</translation>
    </message>
    <message>
        <source>it answers for {attendee} but was sent by {sender}</source>
        <translation>responde por {attendee} pero la envió {sender}</translation>
    </message>
    <message>
        <source>its ORGANIZER {organizer} is not the organizer of ours</source>
        <translation>su ORGANIZER {organizer} no es quien organiza las nuestras</translation>
    </message>
    <message>
        <source>cannot read {name}: {value}</source>
        <translation>no se puede leer {name}: {value}</translation>
    </message>
    <message>
        <source>say which call: a call, or a series and a date</source>
        <translation>indique qué llamada: una llamada, o una serie y una fecha</translation>
    </message>
    <message>
        <source>mail is not set up yet: give the account first</source>
        <translation>el correo todavía no está configurado: indique primero la cuenta</translation>
    </message>
    <message>
        <source>the calendar names no event (no UID)</source>
        <translation>el calendario no nombra ningún evento (no hay UID)</translation>
    </message>
    <message>
        <source>the calendar names no attendee</source>
        <translation>el calendario no nombra a ningún asistente</translation>
    </message>
    <message>
        <source>its calendar cannot be read ({value})</source>
        <translation>su calendario no se puede leer ({value})</translation>
    </message>
    <message>
        <source>its calendar is no answer to an invitation (METHOD: {said})</source>
        <translation>su calendario no es una respuesta a una invitación (METHOD: {said})</translation>
    </message>
    <message>
        <source>{name} has no e-mail address: no reminder of their shift</source>
        <translation>{name} no tiene dirección de correo: no recibe recordatorio de su turno</translation>
    </message>
</context>
<context>
    <name>OrgKind</name>
    <message>
        <source>Political party</source>
        <translation>Partido político</translation>
    </message>
    <message>
        <source>501(c)(3) nonprofit</source>
        <translation>Organización sin fines de lucro 501(c)(3)</translation>
    </message>
    <message>
        <source>501(c)(4) nonprofit</source>
        <translation>Organización sin fines de lucro 501(c)(4)</translation>
    </message>
    <message>
        <source>Grassroots group</source>
        <translation>Grupo de base</translation>
    </message>
    <message>
        <source>State chapter</source>
        <translation>Capítulo estatal</translation>
    </message>
    <message>
        <source>Campaign committee</source>
        <translation>Comité de campaña</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>OrgStatus</name>
    <message>
        <source>Prospective</source>
        <translation>Por sumarse</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Adopted</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Sin quórum</translation>
    </message>
</context>
<context>
    <name>Partstat</name>
    <message>
        <source>Accepted</source>
        <translation>Asistirá</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>No asistirá</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Tal vez</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
</context>
<context>
    <name>ProposalRule</name>
    <message>
        <source>Simple majority</source>
        <translation>Mayoría simple</translation>
    </message>
    <message>
        <source>Two thirds</source>
        <translation>Dos tercios</translation>
    </message>
    <message>
        <source>Consensus (no block)</source>
        <translation>Consenso (sin bloqueos)</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Call series</source>
        <translation>Serie de llamadas</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Social page</source>
        <translation>Página en redes sociales</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membresía</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>Respaldo</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation>Punto fijo</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto de agenda</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Host or partner</source>
        <translation>Organización anfitriona o colaboradora</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Person on a shift</source>
        <translation>Persona en un turno</translation>
    </message>
    <message>
        <source>Sign-up</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Petition batch</source>
        <translation>Lote de firmas</translation>
    </message>
    <message>
        <source>Registration report</source>
        <translation>Informe de inscripciones</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Goal&apos;s value</source>
        <translation>Valor de la meta</translation>
    </message>
    <message>
        <source>cannot back up {source} to {target}: {exc}</source>
        <translation>no se puede respaldar {source} en {target}: {exc}</translation>
    </message>
    <message>
        <source>{backup} is empty or missing</source>
        <translation>{backup} está vacío o no existe</translation>
    </message>
    <message>
        <source>{backup} is encrypted; restore it into an encrypted database</source>
        <translation>{backup} está cifrado; restáurelo en una base de datos cifrada</translation>
    </message>
    <message>
        <source>{backup} does not open with this database&apos;s key (it was made under another key, or is not a Coalition backup); nothing was changed</source>
        <translation>{backup} no se abre con la clave de esta base de datos (se hizo con otra clave, o no es una copia de respaldo de Coalition); no se cambió nada</translation>
    </message>
    <message>
        <source>{backup} is not a Coalition database: {exc}</source>
        <translation>{backup} no es una base de datos de Coalition: {exc}</translation>
    </message>
    <message>
        <source>{backup} is damaged (it fails SQLite&apos;s check); nothing was changed</source>
        <translation>{backup} está dañado (no pasa la verificación de SQLite); no se cambió nada</translation>
    </message>
    <message>
        <source>{backup} is not a Coalition database; nothing was changed</source>
        <translation>{backup} no es una base de datos de Coalition; no se cambió nada</translation>
    </message>
    <message>
        <source>{backup} was written by a newer version of Coalition (schema {version}); update Coalition to restore it; nothing was changed</source>
        <translation>{backup} fue escrito por una versión más nueva de Coalition (esquema {version}); actualice Coalition para restaurarlo; no se cambió nada</translation>
    </message>
    <message>
        <source>{backup} is damaged: its tables {tables} are missing; nothing was changed</source>
        <translation>{backup} está dañado: le faltan las tablas {tables}; no se cambió nada</translation>
    </message>
    <message>
        <source>that is the database itself, not a backup of it</source>
        <translation>esa es la base de datos misma, no una copia de respaldo</translation>
    </message>
    <message>
        <source>naive datetime given where an instant (with a time zone) is needed</source>
        <translation>se dio una fecha y hora sin zona horaria donde se necesita un instante (con zona horaria)</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>{path} is encrypted (or is not a database): it opens with its key, passphrase or recovery key</source>
        <translation>{path} está cifrado (o no es una base de datos): se abre con su clave, su frase de contraseña o su clave de recuperación</translation>
    </message>
    <message>
        <source>{value} was written by a newer version of Coalition (schema {current}); update Coalition to open it</source>
        <translation>{value} fue escrito por una versión más nueva de Coalition (esquema {current}); actualice Coalition para abrirlo</translation>
    </message>
    <message>
        <source>{value} needs an upgrade of its schema</source>
        <translation>{value} necesita una actualización de su esquema</translation>
    </message>
    <message>
        <source>cannot open {value}: {reason}</source>
        <translation>no se puede abrir {value}: {reason}</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>la frase de contraseña está vacía</translation>
    </message>
    <message>
        <source>a database opened with a passphrase has no recovery key</source>
        <translation>una base de datos que se abre con frase de contraseña no tiene clave de recuperación</translation>
    </message>
    <message>
        <source>a recovery key has 56 letters and digits (14 groups of four); this one has {count}</source>
        <translation>una clave de recuperación tiene 56 letras y dígitos (14 grupos de cuatro); esta tiene {count}</translation>
    </message>
    <message>
        <source>that recovery key has characters that are not in any recovery key</source>
        <translation>esa clave de recuperación tiene caracteres que no aparecen en ninguna clave de recuperación</translation>
    </message>
    <message>
        <source>that recovery key has a typo: check each group of four</source>
        <translation>esa clave de recuperación tiene un error de escritura: revise cada grupo de cuatro</translation>
    </message>
    <message>
        <source>that {what} does not open {path}; the file was not changed</source>
        <translation>esa {what} no abre {path}; el archivo no se cambió</translation>
    </message>
    <message>
        <source>cannot re-encrypt {source}: {exc}</source>
        <translation>no se puede volver a cifrar {source}: {exc}</translation>
    </message>
    <message>
        <source>the re-encrypted copy of {source} did not check out; the file was not changed</source>
        <translation>la copia cifrada de nuevo de {source} no pasó la verificación; el archivo no se cambió</translation>
    </message>
    <message>
        <source>{path} is being read by another program; close it and try again</source>
        <translation>otro programa está leyendo {path}; ciérrelo e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>cannot re-encrypt {path} ({failure}); it was not changed</source>
        <translation>no se puede volver a cifrar {path} ({failure}); no se cambió</translation>
    </message>
    <message>
        <source>{path} is not an unencrypted Coalition database</source>
        <translation>{path} no es una base de datos de Coalition sin cifrar</translation>
    </message>
    <message>
        <source>no search index for {kind!r}</source>
        <translation>no hay índice de búsqueda para {kind!r}</translation>
    </message>
    <message>
        <source>no keyring is available on this machine (no Secret Service, Keychain or Credential Locker), so secrets cannot be kept between runs</source>
        <translation>no hay llavero disponible en esta máquina (ni Secret Service, ni Llavero, ni Administrador de credenciales), así que los secretos no se pueden guardar entre una ejecución y otra</translation>
    </message>
    <message>
        <source>the keyring is locked, so Coalition cannot read the key it keeps there</source>
        <translation>el llavero está bloqueado, así que Coalition no puede leer la clave que guarda allí</translation>
    </message>
    <message>
        <source>the keyring {what}: its service is not running in this session</source>
        <translation>el llavero {what}: su servicio no está funcionando en esta sesión</translation>
    </message>
    <message>
        <source>the keyring {what} ({detail})</source>
        <translation>el llavero {what} ({detail})</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>refused to store the secret</source>
        <translation>se negó a guardar el secreto</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>Monthly on the {which} {weekday}</source>
        <translation>Cada mes, el {which} {weekday}</translation>
    </message>
    <message>
        <source>Every {n} months on the {which} {weekday}</source>
        <translation>Cada {n} meses, el {which} {weekday}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>Every {days}</source>
        <translation>Cada {days}</translation>
    </message>
    <message>
        <source>Every {n} weeks on {days}</source>
        <translation>Cada {n} semanas ({days})</translation>
    </message>
    <message>
        <source>, until {day}</source>
        <translation>, hasta el {day}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>coordinator (the coalition&apos;s staff: reads and changes everything)</source>
        <translation>coordinador/a (el equipo de la coalición: lee y cambia todo)</translation>
    </message>
    <message>
        <source>member (changes its own organization&apos;s records)</source>
        <translation>miembro (cambia los registros de su propia organización)</translation>
    </message>
    <message>
        <source>delegate (casts its organization&apos;s ballot on decisions; changes its records as a member does)</source>
        <translation>delegado/a (emite la boleta de su organización en las decisiones; cambia sus registros como un miembro)</translation>
    </message>
    <message>
        <source>observer (reads, changes nothing)</source>
        <translation>observador/a (lee, no cambia nada)</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>the database already holds a directory; the sample goes only into an empty one</source>
        <translation>la base de datos ya tiene un directorio; el ejemplo solo se carga en una vacía</translation>
    </message>
    <message>
        <source>{organizations} organizations, {people} people, {campaigns} campaigns, {endorsements} endorsements, {calls} calls, {action_items} action items, {drafts} drafts with {draft_variants} variants, {decisions} decisions</source>
        <translation>{organizations} organizaciones, {people} personas, {campaigns} campañas, {endorsements} respaldos, {calls} llamadas, {action_items} tareas, {drafts} borradores con {draft_variants} variantes, {decisions} decisiones</translation>
    </message>
    <message>
        <source>Every state page publishes the coalition&apos;s word on non-violence</source>
        <translation>Cada página estatal publica la postura de la coalición sobre la no violencia</translation>
    </message>
    <message>
        <source>Yes California table at the Big Fresno Fair</source>
        <translation>Mesa de Yes California en la Big Fresno Fair</translation>
    </message>
    <message>
        <source>Petition sheets for the plebiscite: 546,651 valid signatures are needed statewide. Count each clipboard&apos;s sheets at the end of every shift.</source>
        <translation>Hojas de petición para el plebiscito: se necesitan 546.651 firmas válidas en todo el estado. Cuente las hojas de cada tablilla al final de cada turno.</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Montaje</translation>
    </message>
    <message>
        <source>Table, morning</source>
        <translation>Mesa, mañana</translation>
    </message>
    <message>
        <source>Table, afternoon</source>
        <translation>Mesa, tarde</translation>
    </message>
    <message>
        <source>Voter-registration table on the UC Davis quad</source>
        <translation>Mesa de registro de votantes en el Quad de UC Davis</translation>
    </message>
    <message>
        <source>Registration forms and pledge cards: the party&apos;s goal is 64,128 registered voters.</source>
        <translation>Formularios de registro y tarjetas de compromiso: la meta del partido es de 64.128 votantes registrados.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>California National Party state convention</source>
        <translation>Convención estatal del California National Party</translation>
    </message>
    <message>
        <source>The platform is revised at the convention. Sign-up table at the main entrance.</source>
        <translation>La plataforma se revisa en la convención. Mesa de inscripción en la entrada principal.</translation>
    </message>
    <message>
        <source>Registration desk</source>
        <translation>Mostrador de acreditación</translation>
    </message>
    <message>
        <source>Sign-up table</source>
        <translation>Mesa de inscripción</translation>
    </message>
    <message>
        <source>20 states with social media pages</source>
        <translation>20 estados con páginas en redes sociales</translation>
    </message>
    <message>
        <source>Views of the coalition&apos;s articles and posts</source>
        <translation>Vistas de los artículos y publicaciones de la coalición</translation>
    </message>
    <message>
        <source>Page insights, added up (example: invented figures)</source>
        <translation>Estadísticas de las páginas, sumadas (ejemplo: cifras inventadas)</translation>
    </message>
    <message>
        <source>Allied groups endorsing the plebiscite</source>
        <translation>Grupos aliados que respaldan el plebiscito</translation>
    </message>
    <message>
        <source>endorsements</source>
        <translation>respaldos</translation>
    </message>
    <message>
        <source>The target and the deadline are invented (example).</source>
        <translation>La meta y la fecha límite son inventadas (ejemplo).</translation>
    </message>
    <message>
        <source>Valid signatures for the plebiscite</source>
        <translation>Firmas válidas para el plebiscito</translation>
    </message>
    <message>
        <source>Voters registered with the CNP</source>
        <translation>Votantes registrados con el CNP</translation>
    </message>
    <message>
        <source>views</source>
        <translation>vistas</translation>
    </message>
    <message>
        <source>multi-state</source>
        <translation>multiestatal</translation>
    </message>
    <message>
        <source>state chapter</source>
        <translation>capítulo estatal</translation>
    </message>
    <message>
        <source>founding partner</source>
        <translation>socio fundador</translation>
    </message>
    <message>
        <source>political party</source>
        <translation>partido político</translation>
    </message>
    <message>
        <source>ballot initiative</source>
        <translation>iniciativa electoral</translation>
    </message>
    <message>
        <source>education</source>
        <translation>educación</translation>
    </message>
    <message>
        <source>advocacy</source>
        <translation>incidencia</translation>
    </message>
    <message>
        <source>constitutional convention</source>
        <translation>convención constitucional</translation>
    </message>
    <message>
        <source>independence campaign</source>
        <translation>campaña por la independencia</translation>
    </message>
    <message>
        <source>messaging</source>
        <translation>mensajes</translation>
    </message>
    <message>
        <source>intra-state</source>
        <translation>intraestatal</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>California liaison</source>
        <translation>Enlace con California</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Tesorería</translation>
    </message>
    <message>
        <source>Volunteer coordinator</source>
        <translation>Coordinación de voluntariado</translation>
    </message>
    <message>
        <source>Executive director</source>
        <translation>Dirección ejecutiva</translation>
    </message>
    <message>
        <source>Signature drive coordinator</source>
        <translation>Coordinación de la recolección de firmas</translation>
    </message>
    <message>
        <source>Spanish-language outreach</source>
        <translation>Difusión en español</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario/a</translation>
    </message>
    <message>
        <source>Board chair</source>
        <translation>Presidencia de la junta directiva</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador/a</translation>
    </message>
    <message>
        <source>Coalition liaison</source>
        <translation>Enlace con la coalición</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Coalition coordinator</source>
        <translation>Coordinación de la coalición</translation>
    </message>
    <message>
        <source>Oregon representative</source>
        <translation>Representante de Oregón</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>Fundador/a</translation>
    </message>
    <message>
        <source>Page moderator</source>
        <translation>Moderación de la página</translation>
    </message>
    <message>
        <source>Indiana representative</source>
        <translation>Representante de Indiana</translation>
    </message>
    <message>
        <source>North Dakota representative</source>
        <translation>Representante de Dakota del Norte</translation>
    </message>
    <message>
        <source>New Hampshire representative</source>
        <translation>Representante de Nuevo Hampshire</translation>
    </message>
    <message>
        <source>Spokesperson</source>
        <translation>Portavoz</translation>
    </message>
    <message>
        <source>Arizona representative</source>
        <translation>Representante de Arizona</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Oklahoma representative</source>
        <translation>Representante de Oklahoma</translation>
    </message>
    <message>
        <source>Wyoming representative</source>
        <translation>Representante de Wyoming</translation>
    </message>
    <message>
        <source>Page admin</source>
        <translation>Administración de la página</translation>
    </message>
    <message>
        <source>question of the week</source>
        <translation>pregunta de la semana</translation>
    </message>
    <message>
        <source>Coalition call</source>
        <translation>Llamada de la coalición</translation>
    </message>
    <message>
        <source>Roll call by state</source>
        <translation>Pase de lista por estado</translation>
    </message>
    <message>
        <source>Wins of the week</source>
        <translation>Logros de la semana</translation>
    </message>
    <message>
        <source>Message of the week: tailoring the question per state</source>
        <translation>Mensaje de la semana: adaptar la pregunta a cada estado</translation>
    </message>
    <message>
        <source>Action items review</source>
        <translation>Repaso de las tareas</translation>
    </message>
    <message>
        <source>Coordination call with Oregon groups</source>
        <translation>Llamada de coordinación con los grupos de Oregón</translation>
    </message>
    <message>
        <source>With Red Oregon: its request to split the state, and what the coalition can do. An invented call (example).</source>
        <translation>Con Red Oregon: su solicitud de dividir el estado y lo que la coalición puede hacer. Una llamada inventada (ejemplo).</translation>
    </message>
    <message>
        <source>Welcome the new members from Oklahoma, New York, Pennsylvania and Wyoming</source>
        <translation>Bienvenida a los nuevos miembros de Oklahoma, Nueva York, Pensilvania y Wyoming</translation>
    </message>
    <message>
        <source>Michael&apos;s South Carolina post: 60 members in days</source>
        <translation>La publicación de Michael en Carolina del Sur: 60 miembros en días</translation>
    </message>
    <message>
        <source>Pages in 20 states: who starts the next ones</source>
        <translation>Páginas en 20 estados: quién abre las siguientes</translation>
    </message>
    <message>
        <source>Red Oregon: support the request to split the state</source>
        <translation>Red Oregon: apoyar la solicitud de dividir el estado</translation>
    </message>
    <message>
        <source>Declaration: the peaceful movement of state borders</source>
        <translation>Declaración: el movimiento pacífico de las fronteras estatales</translation>
    </message>
    <message>
        <source>Tailored question for New York and Illinois</source>
        <translation>Pregunta adaptada para Nueva York e Illinois</translation>
    </message>
    <message>
        <source>Send the call link and dial-in to the four new states</source>
        <translation>Enviar el enlace y el número de la llamada a los cuatro estados nuevos</translation>
    </message>
    <message>
        <source>Share the South Carolina post as a template for the other pages</source>
        <translation>Compartir la publicación de Carolina del Sur como modelo para las demás páginas</translation>
    </message>
    <message>
        <source>Write the article on Red Oregon&apos;s request to split the state</source>
        <translation>Escribir el artículo sobre la solicitud de Red Oregon de dividir el estado</translation>
    </message>
    <message>
        <source>List the states with a volunteer ready to start a page</source>
        <translation>Hacer la lista de los estados con una persona voluntaria lista para abrir una página</translation>
    </message>
    <message>
        <source>The Red Oregon article: 50,000 views</source>
        <translation>El artículo de Red Oregon: 50.000 vistas</translation>
    </message>
    <message>
        <source>Draft the Pennsylvania version of the question</source>
        <translation>Redactar la versión de Pensilvania de la pregunta</translation>
    </message>
    <message>
        <source>Help the Colorado page admin start the page</source>
        <translation>Ayudar a quien administra la página de Colorado a abrirla</translation>
    </message>
    <message>
        <source>Book a guest speaker for a call</source>
        <translation>Invitar a una persona a hablar en una llamada</translation>
    </message>
    <message>
        <source>New shared graphics: &apos;USA without a CA&apos;</source>
        <translation>Nuevos gráficos compartidos: &apos;USA without a CA&apos;</translation>
    </message>
    <message>
        <source>Collect each group&apos;s sign-off on the declaration</source>
        <translation>Reunir la aprobación de cada grupo a la declaración</translation>
    </message>
    <message>
        <source>Post the new graphics on every state page</source>
        <translation>Publicar los nuevos gráficos en cada página estatal</translation>
    </message>
    <message>
        <source>Non-violence: our word after the Oregon protest</source>
        <translation>No violencia: nuestra postura tras la protesta en Oregón</translation>
    </message>
    <message>
        <source>Draft the Illinois version of the question</source>
        <translation>Redactar la versión de Illinois de la pregunta</translation>
    </message>
    <message>
        <source>Publish the non-violence statement on every page</source>
        <translation>Publicar la declaración de no violencia en cada página</translation>
    </message>
    <message>
        <source>Update the growth figures for the press kit</source>
        <translation>Actualizar las cifras de crecimiento para el dossier de prensa</translation>
    </message>
    <message>
        <source>Pages in 20 states: where we stand</source>
        <translation>Páginas en 20 estados: en qué punto estamos</translation>
    </message>
    <message>
        <source>Growth report: a month of new members</source>
        <translation>Informe de crecimiento: un mes de nuevos miembros</translation>
    </message>
    <message>
        <source>Red Oregon&apos;s request: where it stands</source>
        <translation>La solicitud de Red Oregon: en qué punto está</translation>
    </message>
    <message>
        <source>How the coalition helps without speaking for Oregon</source>
        <translation>Cómo ayuda la coalición sin hablar en nombre de Oregón</translation>
    </message>
    <message>
        <source>{count} states on the call: {states}.</source>
        <translation>{count} estados en la llamada: {states}.</translation>
    </message>
    <message>
        <source>Went through the open action items of the earlier calls.</source>
        <translation>Se repasaron las tareas abiertas de las llamadas anteriores.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>{path} (the record of a key change) cannot be read: {exc}</source>
        <translation>{path} (el registro de un cambio de clave) no se puede leer: {exc}</translation>
    </message>
    <message>
        <source>a key change of {db_path} was cut short and is not finished yet: open the database once first</source>
        <translation>un cambio de clave de {db_path} se interrumpió y todavía no termina: abra primero la base de datos una vez</translation>
    </message>
</context>
<context>
    <name>SignOffAnswer</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Cambios pedidos</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>the {column} is {length} characters long; at most {limit} can be kept ({table})</source>
        <translation>«{column}» tiene {length} caracteres; caben {limit} como máximo ({table})</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>{name} is not a Coalition bundle</source>
        <translation>{name} no es un paquete de Coalition</translation>
    </message>
    <message>
        <source>{name} is cut short: it holds no changes</source>
        <translation>{name} está incompleto: no contiene cambios</translation>
    </message>
    <message>
        <source>the passphrase does not open {name} (or the file was damaged on the way)</source>
        <translation>la frase de contraseña no abre {name} (o el archivo se dañó en el camino)</translation>
    </message>
    <message>
        <source>{name} is damaged: {exc}</source>
        <translation>{name} está dañado: {exc}</translation>
    </message>
    <message>
        <source>the passphrase must have at least {MIN_PASSPHRASE} characters</source>
        <translation>la frase de contraseña debe tener al menos {MIN_PASSPHRASE} caracteres</translation>
    </message>
    <message>
        <source>Read {changes} changes: {applied} applied, {here} already here.</source>
        <translation>Se leyeron {changes} cambios: {applied} aplicados, {here} ya estaban aquí.</translation>
    </message>
    <message>
        <source>Read {changes} changes: {applied} applied, {here} already here, 1 conflict to review.</source>
        <translation>Se leyeron {changes} cambios: {applied} aplicados, {here} ya estaban aquí, 1 conflicto por revisar.</translation>
    </message>
    <message>
        <source>Read {changes} changes: {applied} applied, {here} already here, {conflicts} conflicts to review.</source>
        <translation>Se leyeron {changes} cambios: {applied} aplicados, {here} ya estaban aquí, {conflicts} conflictos por revisar.</translation>
    </message>
    <message>
        <source>{name} is too large to be a bundle ({size:,} bytes)</source>
        <translation>{name} es demasiado grande para ser un paquete ({size:,} bytes)</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: el archivo no existe</translation>
    </message>
    <message>
        <source>{path} is a folder, not a bundle</source>
        <translation>{path} es una carpeta, no un paquete</translation>
    </message>
    <message>
        <source>{name} is damaged: its contents are not readable ({exc})</source>
        <translation>{name} está dañado: su contenido no se puede leer ({exc})</translation>
    </message>
    <message>
        <source>{name} is a bundle of another format version ({get!r})</source>
        <translation>{name} es un paquete de otra versión del formato ({get!r})</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of Coalition (schema {schema}); update Coalition to read it</source>
        <translation>{name} fue escrito por una versión más nueva de Coalition (esquema {schema}); actualice Coalition para leerlo</translation>
    </message>
    <message>
        <source>{name} is damaged: it has no list of changes</source>
        <translation>{name} está dañado: no tiene lista de cambios</translation>
    </message>
    <message>
        <source>change {number} of {name} cannot be read: {exc}</source>
        <translation>el cambio {number} de {name} no se puede leer: {exc}</translation>
    </message>
    <message>
        <source>that conflict is no longer listed</source>
        <translation>ese conflicto ya no aparece en la lista</translation>
    </message>
    <message>
        <source>{value} cannot be brought back: {reason}</source>
        <translation>{value} no se puede recuperar: {reason}</translation>
    </message>
    <message>
        <source>{value} has since been deleted</source>
        <translation>{value} se eliminó desde entonces</translation>
    </message>
    <message>
        <source>{render_as_string} is not a PostgreSQL server URL</source>
        <translation>{render_as_string} no es la URL de un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>ask the coalition&apos;s server owner to run `coalition server add-role`</source>
        <translation>pida a quien administra el servidor de la coalición que ejecute `coalition server add-role`</translation>
    </message>
    <message>
        <source>the server at {where} no longer lets {user!r} log in (the organizer&apos;s access was withdrawn?); nothing on this laptop was lost: {owner} for the organizer, or sync with another role</source>
        <translation>el servidor en {where} ya no deja iniciar sesión a {user!r} (¿se le retiró el acceso a quien organiza?); no se perdió nada en esta computadora: {owner} para quien organiza, o sincronice con otro rol</translation>
    </message>
    <message>
        <source>the coalition&apos;s database at {where} is older than this version of Coalition, and {user!r} may not upgrade it: ask the server&apos;s owner to run `coalition server setup`</source>
        <translation>la base de datos de la coalición en {where} es anterior a esta versión de Coalition, y {user!r} no puede actualizarla: pida a quien administra el servidor que ejecute `coalition server setup`</translation>
    </message>
    <message>
        <source>the server at {where} does not let {user!r} use the coalition&apos;s data (its access was withdrawn, or never given); nothing on this laptop was lost: {owner} for it</source>
        <translation>el servidor en {where} no deja que {user!r} use los datos de la coalición (se le retiró el acceso, o nunca se le dio); no se perdió nada en esta computadora: {owner} para ese rol</translation>
    </message>
    <message>
        <source>the server at {where} refused the user name or password for {user!r}</source>
        <translation>el servidor en {where} rechazó el nombre de usuario o la contraseña de {user!r}</translation>
    </message>
    <message>
        <source>the server at {where} has no database {database!r}</source>
        <translation>el servidor en {where} no tiene ninguna base de datos {database!r}</translation>
    </message>
    <message>
        <source>cannot reach the coalition server at {where}: is it running, and is this laptop online?</source>
        <translation>no se puede llegar al servidor de la coalición en {where}: ¿está funcionando, y esta computadora tiene conexión?</translation>
    </message>
    <message>
        <source>the connection to the server at {where} was lost during the sync; nothing was half-written, and the next sync resumes where this one stopped</source>
        <translation>se perdió la conexión con el servidor en {where} durante la sincronización; nada quedó escrito a medias, y la próxima sincronización sigue donde esta se detuvo</translation>
    </message>
    <message>
        <source>the server at {where} answered: {first}</source>
        <translation>el servidor en {where} respondió: {first}</translation>
    </message>
    <message>
        <source>the server at {host}:{port} does not know which organization the role {role!r} acts for; nothing on this laptop was lost: ask the coalition&apos;s server owner to run `coalition server add-role --role {role} --org ORGANIZATION --kind member`</source>
        <translation>el servidor en {host}:{port} no sabe en nombre de qué organización actúa el rol {role!r}; no se perdió nada en esta computadora: pida a quien administra el servidor de la coalición que ejecute `coalition server add-role --role {role} --org ORGANIZACIÓN --kind member`</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version} at {host}:{port}; {changes} changes shared so far.</source>
        <translation>Conectado a PostgreSQL {version} en {host}:{port}; {changes} cambios compartidos hasta ahora.</translation>
    </message>
    <message>
        <source>a change is not an object</source>
        <translation>un cambio no es un objeto</translation>
    </message>
    <message>
        <source>a change lacks {names}</source>
        <translation>a un cambio le falta {names}</translation>
    </message>
    <message>
        <source>a change names an unknown table {table!r}</source>
        <translation>un cambio nombra una tabla desconocida {table!r}</translation>
    </message>
    <message>
        <source>a change has an unknown action {action!r}</source>
        <translation>un cambio tiene una acción desconocida {action!r}</translation>
    </message>
    <message>
        <source>a change&apos;s time has no time zone</source>
        <translation>la hora de un cambio no tiene zona horaria</translation>
    </message>
    <message>
        <source>a change to {table} carries no record</source>
        <translation>un cambio en {table} no trae ningún registro</translation>
    </message>
    <message>
        <source>a change to {table} has unreadable earlier values</source>
        <translation>un cambio en {table} tiene valores anteriores ilegibles</translation>
    </message>
    <message>
        <source>a change to {table} has an unreadable list of fields</source>
        <translation>un cambio en {table} tiene una lista de campos ilegible</translation>
    </message>
    <message>
        <source>that record no longer exists</source>
        <translation>ese registro ya no existe</translation>
    </message>
    <message>
        <source>the connection to the server is closed</source>
        <translation>la conexión con el servidor está cerrada</translation>
    </message>
    <message>
        <source>{replace} is not a record one can suggest changes to</source>
        <translation>{replace} no es un registro al que se le puedan sugerir cambios</translation>
    </message>
    <message>
        <source>that record is no longer on this laptop</source>
        <translation>ese registro ya no está en esta computadora</translation>
    </message>
    <message>
        <source>{names}: not a field one can suggest</source>
        <translation>{names}: no es un campo que se pueda sugerir</translation>
    </message>
    <message>
        <source>the suggestion changes nothing: the record already says that</source>
        <translation>la sugerencia no cambia nada: el registro ya dice eso</translation>
    </message>
    <message>
        <source>only a change the server refused can be sent as a suggestion</source>
        <translation>solo un cambio que el servidor rechazó se puede enviar como sugerencia</translation>
    </message>
    <message>
        <source>only an edit of a record the server has can be sent as a suggestion; withdraw this change instead</source>
        <translation>solo la edición de un registro que el servidor tiene se puede enviar como sugerencia; retire este cambio en su lugar</translation>
    </message>
    <message>
        <source>the refused change no longer changes anything; withdraw it instead</source>
        <translation>el cambio rechazado ya no cambia nada; retírelo en su lugar</translation>
    </message>
    <message>
        <source>only a coordinator applies or declines a suggestion</source>
        <translation>solo quien coordina aplica o rechaza una sugerencia</translation>
    </message>
    <message>
        <source>that suggestion is no longer listed</source>
        <translation>esa sugerencia ya no aparece en la lista</translation>
    </message>
    <message>
        <source>that suggestion was {status} already</source>
        <translation>esa sugerencia ya estaba {status}</translation>
    </message>
    <message>
        <source>{kind!r} is not one of {names}</source>
        <translation>{kind!r} no es uno de {names}</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received.</source>
        <translation>Sincronizado: {sent} enviados, {received} recibidos.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received, 1 conflict to review.</source>
        <translation>Sincronizado: {sent} enviados, {received} recibidos, 1 conflicto por revisar.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received, {conflicts} conflicts to review.</source>
        <translation>Sincronizado: {sent} enviados, {received} recibidos, {conflicts} conflictos por revisar.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&apos;{value}&apos; is not a valid e-mail address: {exc}</source>
        <translation>“{value}” no es una dirección de correo válida: {exc}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number</source>
        <translation>“{value}” no es un número de teléfono</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has no area code; write the whole number, like 916-555-0142</source>
        <translation>“{value}” no tiene código de área; escriba el número completo, como 916-555-0142</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has the wrong number of digits for a phone number</source>
        <translation>“{value}” no tiene la cantidad correcta de dígitos para un número de teléfono</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a web address (like https://example.org)</source>
        <translation>“{text}” no es una dirección web (como https://example.org)</translation>
    </message>
    <message>
        <source>there is no day {value} in the calendar</source>
        <translation>no existe el día {value} en el calendario</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD</source>
        <translation>“{value}” no es una fecha; escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{parsed} is out of range for the {what} ({first} to {last})</source>
        <translation>{parsed} está fuera del rango para «{what}» (de {first} a {last})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time zone name (like America/Los_Angeles)</source>
        <translation>“{value}” no es el nombre de una zona horaria (como America/Los_Angeles)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code (like en, es or en-US)</source>
        <translation>“{value}” no es un código de idioma (como en, es o en-US)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number for the {what}</source>
        <translation>“{value}” no es un número entero para «{what}»</translation>
    </message>
    <message>
        <source>the {what} cannot be negative</source>
        <translation>«{what}» no puede ser negativo</translation>
    </message>
    <message>
        <source>the {what} cannot be empty</source>
        <translation>«{what}» no puede quedar vacío</translation>
    </message>
    <message>
        <source>the {what} is {length} characters long; at most {limit} fit</source>
        <translation>«{what}» tiene {length} caracteres; caben {limit} como máximo</translation>
    </message>
</context>
<context>
    <name>VariantState</name>
    <message>
        <source>No sign-off asked</source>
        <translation>No se pidió aprobación</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Cambios pedidos</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>subcomandos</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y termina</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>muestra la versión del programa y termina</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se necesita uno de los argumentos %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se admite junto con el argumento %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>subcomando desconocido %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
</context>
</TS>
