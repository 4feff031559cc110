<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Answers ({answered} of {invited})</source>
        <translation>Respuestas ({answered} de {invited})</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Minutes final</source>
        <translation>Acta final</translation>
    </message>
    <message>
        <source>Marked final on {date}: the minutes go to the participants.</source>
        <translation>Marcada como final el {date}: el acta se envía a los participantes.</translation>
    </message>
    <message>
        <source>Mark minutes final</source>
        <translation>Marcar el acta como final</translation>
    </message>
    <message>
        <source>Done: send the minutes and the new action items to everyone invited</source>
        <translation>Listo: enviar el acta y las nuevas tareas a todas las personas invitadas</translation>
    </message>
    <message>
        <source>A call with minutes: prepare its agenda and take them first</source>
        <translation>Una llamada con acta: primero prepare la agenda y tome el acta</translation>
    </message>
    <message>
        <source>Mark the minutes of {day} final</source>
        <translation>Marcar como final el acta del {day}</translation>
    </message>
    <message>
        <source>Minutes marked final: they go to the participants. Undo with Ctrl+Z.</source>
        <translation>Acta marcada como final: se envía a los participantes. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>No mailbox to read: give its server in File → Mail account….</source>
        <translation>No hay buzón que leer: indique su servidor en Archivo → Cuenta de correo….</translation>
    </message>
    <message>
        <source>Reading replies from {host}…</source>
        <translation>Leyendo respuestas de {host}…</translation>
    </message>
    <message>
        <source>No new replies.</source>
        <translation>No hay respuestas nuevas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers recorded</source>
        <translation>
            <numerusform>%Ln respuesta registrada</numerusform>
            <numerusform>%Ln respuestas registradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln not applied (Mail → Unmatched replies…)</source>
        <translation>
            <numerusform>; %Ln sin aplicar (Correo → Respuestas sin asignar…)</numerusform>
            <numerusform>; %Ln sin aplicar (Correo → Respuestas sin asignar…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar el calendario</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>&amp;Stop import</source>
        <translation>&amp;Detener la importación</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>Importar un calendario</translation>
    </message>
    <message>
        <source>Stopping; nothing will be imported…</source>
        <translation>Deteniendo; no se importará nada…</translation>
    </message>
    <message>
        <source>Folder for the invitations (one .ics per person)</source>
        <translation>Carpeta para las invitaciones (un .ics por persona)</translation>
    </message>
    <message>
        <source>Folder for this week&apos;s notices (one .ics per person)</source>
        <translation>Carpeta para los avisos de esta semana (un .ics por persona)</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Sin quórum</translation>
    </message>
    <message>
        <source>Open until {when}</source>
        <translation>Abierta hasta {when}</translation>
    </message>
    <message>
        <source>Time up, to be closed</source>
        <translation>Plazo vencido, falta cerrarla</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>Votaron</translation>
    </message>
    <message>
        <source>Proposals put to this call, voted by the member organizations: one ballot each.</source>
        <translation>Propuestas presentadas en esta llamada, votadas por las organizaciones miembro: una boleta por cada una.</translation>
    </message>
    <message>
        <source>Put a proposal to this call…</source>
        <translation>Presentar una propuesta en esta llamada…</translation>
    </message>
    <message>
        <source>A question for the member organizations, voted on the call (the chair records)</source>
        <translation>Una pregunta para las organizaciones miembro, votada en la llamada (quien preside registra los votos)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show the proposal on the Decisions screen, to vote or record</source>
        <translation>Mostrar la propuesta en la pantalla Decisiones, para votar o registrar votos</translation>
    </message>
    <message>
        <source>{voted} of {voters}</source>
        <translation>{voted} de {voters}</translation>
    </message>
    <message>
        <source>Decisions ({count})</source>
        <translation>Decisiones ({count})</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>the owner of the action item “{name}”</source>
        <translation>responsable de la tarea “{name}”</translation>
    </message>
    <message>
        <source>the owner of {n} action items</source>
        <translation>responsable de {n} tareas</translation>
    </message>
    <message>
        <source>the organizer of the call series “{name}”</source>
        <translation>quien organiza la serie de llamadas “{name}”</translation>
    </message>
    <message>
        <source>the organizer of {n} call series</source>
        <translation>quien organiza {n} series de llamadas</translation>
    </message>
    <message>
        <source>the owner of the standing agenda item “{name}”</source>
        <translation>responsable del punto fijo de agenda “{name}”</translation>
    </message>
    <message>
        <source>the owner of {n} standing agenda items</source>
        <translation>responsable de {n} puntos fijos de agenda</translation>
    </message>
    <message>
        <source>the owner of the agenda item “{name}”</source>
        <translation>responsable del punto de agenda “{name}”</translation>
    </message>
    <message>
        <source>the owner of {n} agenda items</source>
        <translation>responsable de {n} puntos de agenda</translation>
    </message>
    <message>
        <source>a participant in 1 call series</source>
        <translation>participante en 1 serie de llamadas</translation>
    </message>
    <message>
        <source>a participant in {n} call series</source>
        <translation>participante en {n} series de llamadas</translation>
    </message>
    <message>
        <source>on the attendance list of 1 call</source>
        <translation>en la lista de asistencia de 1 llamada</translation>
    </message>
    <message>
        <source>on the attendance list of {n} calls</source>
        <translation>en la lista de asistencia de {n} llamadas</translation>
    </message>
    <message>
        <source>the parent of the chapter “{name}”</source>
        <translation>la organización madre del capítulo “{name}”</translation>
    </message>
    <message>
        <source>the parent of {n} chapters</source>
        <translation>la organización madre de {n} capítulos</translation>
    </message>
    <message>
        <source>the owner of the campaign “{name}”</source>
        <translation>responsable de la campaña “{name}”</translation>
    </message>
    <message>
        <source>the owner of {n} campaigns</source>
        <translation>responsable de {n} campañas</translation>
    </message>
    <message>
        <source>the owner of the call series “{name}”</source>
        <translation>responsable de la serie de llamadas “{name}”</translation>
    </message>
    <message>
        <source>the owner of {n} call series</source>
        <translation>responsable de {n} series de llamadas</translation>
    </message>
    <message>
        <source>invited to 1 call series</source>
        <translation>invitada a 1 serie de llamadas</translation>
    </message>
    <message>
        <source>invited to {n} call series</source>
        <translation>invitada a {n} series de llamadas</translation>
    </message>
    <message>
        <source>the owner of the draft “{name}”</source>
        <translation>responsable del borrador “{name}”</translation>
    </message>
    <message>
        <source>the owner of {n} drafts</source>
        <translation>responsable de {n} borradores</translation>
    </message>
    <message>
        <source>the audience of the variant “{name}”</source>
        <translation>el público de la versión “{name}”</translation>
    </message>
    <message>
        <source>the audience of {n} variants</source>
        <translation>el público de {n} versiones</translation>
    </message>
    <message>
        <source>asked for 1 sign-off</source>
        <translation>a quien se pidió 1 aprobación</translation>
    </message>
    <message>
        <source>asked for {n} sign-offs</source>
        <translation>a quien se pidieron {n} aprobaciones</translation>
    </message>
    <message>
        <source>named on 1 ballot</source>
        <translation>nombrada en 1 boleta</translation>
    </message>
    <message>
        <source>named on {n} ballots</source>
        <translation>nombrada en {n} boletas</translation>
    </message>
    <message>
        <source>the author of 1 answer to an invitation</source>
        <translation>autora de 1 respuesta a una invitación</translation>
    </message>
    <message>
        <source>the author of {n} answers to invitations</source>
        <translation>autora de {n} respuestas a invitaciones</translation>
    </message>
    <message>
        <source>the giver of 1 proxy</source>
        <translation>quien otorgó 1 poder de voto</translation>
    </message>
    <message>
        <source>the giver of {n} proxies</source>
        <translation>quien otorgó {n} poderes de voto</translation>
    </message>
    <message>
        <source>the holder of 1 proxy</source>
        <translation>quien tiene 1 poder de voto</translation>
    </message>
    <message>
        <source>the holder of {n} proxies</source>
        <translation>quien tiene {n} poderes de voto</translation>
    </message>
    <message>
        <source>counted by the goal “{name}”</source>
        <translation>contada por la meta “{name}”</translation>
    </message>
    <message>
        <source>counted by {n} goals</source>
        <translation>contada por {n} metas</translation>
    </message>
    <message>
        <source>on the roster of 1 shift</source>
        <translation>en la lista de 1 turno</translation>
    </message>
    <message>
        <source>on the roster of {n} shifts</source>
        <translation>en la lista de {n} turnos</translation>
    </message>
    <message>
        <source>the collector of the petition batch “{name}”</source>
        <translation>quien recogió el lote de firmas «{name}»</translation>
    </message>
    <message>
        <source>the collector of {n} petition batches</source>
        <translation>quien recogió {n} lotes de firmas</translation>
    </message>
    <message>
        <source>a host of 1 event</source>
        <translation>anfitriona de 1 evento</translation>
    </message>
    <message>
        <source>a host of {n} events</source>
        <translation>anfitriona de {n} eventos</translation>
    </message>
    <message>
        <source>the group 1 person consented to hear from</source>
        <translation>el grupo del que 1 persona aceptó recibir noticias</translation>
    </message>
    <message>
        <source>the group {n} people consented to hear from</source>
        <translation>el grupo del que {n} personas aceptaron recibir noticias</translation>
    </message>
    <message>
        <source>served by the event “{name}”</source>
        <translation>la campaña del evento «{name}»</translation>
    </message>
    <message>
        <source>served by {n} events</source>
        <translation>la campaña de {n} eventos</translation>
    </message>
    <message>
        <source>counted by 1 registration report</source>
        <translation>contada en 1 informe de inscripciones</translation>
    </message>
    <message>
        <source>counted by {n} registration reports</source>
        <translation>contada en {n} informes de inscripciones</translation>
    </message>
    <message>
        <source>counted by 1 petition batch</source>
        <translation>contada en 1 lote de firmas</translation>
    </message>
    <message>
        <source>counted by {n} petition batches</source>
        <translation>contada en {n} lotes de firmas</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>{name} is {uses}.</source>
        <translation>{name} es {uses}.</translation>
    </message>
    <message>
        <source>1 membership</source>
        <translation>1 membresía</translation>
    </message>
    <message>
        <source>{n} memberships</source>
        <translation>{n} membresías</translation>
    </message>
    <message>
        <source>1 endorsement</source>
        <translation>1 respaldo</translation>
    </message>
    <message>
        <source>{n} endorsements</source>
        <translation>{n} respaldos</translation>
    </message>
    <message>
        <source>It also deletes {parts}. </source>
        <translation>También se eliminan {parts}. </translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation>Elija una persona…</translation>
    </message>
    <message>
        <source>Choose an organization…</source>
        <translation>Elija una organización…</translation>
    </message>
    <message>
        <source>Choose a campaign…</source>
        <translation>Elija una campaña…</translation>
    </message>
    <message>
        <source>What they own or organize stays, without anyone; their invitations, attendance and shifts are deleted.</source>
        <translation>Lo que tiene a su cargo u organiza se queda, sin responsable; se borran sus invitaciones, su asistencia y sus turnos.</translation>
    </message>
    <message>
        <source>Its chapters, campaigns, calls, drafts and variants stay, without it; its invitations, sign-offs, ballots and proxies are deleted (a closed decision keeps its tally), and so are its place among an event&apos;s hosts and the consents people gave it.</source>
        <translation>Sus secciones, campañas, llamadas, borradores y variantes se quedan, sin ella; se borran sus invitaciones, aprobaciones, votos y poderes (una decisión cerrada conserva su recuento), y también su lugar entre los anfitriones de un evento y los consentimientos que la gente le dio.</translation>
    </message>
    <message>
        <source>The goals and petition batches that count it are deleted with it; its events and registration reports stay, without it.</source>
        <translation>Las metas y los lotes de firmas que la cuentan se borran con ella; sus eventos e informes de inscripciones se quedan, sin ella.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <extracomment>How the question is asked: replaced in tests, always called through this module.</extracomment>
        <translation>Eliminar {name}</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>¿Eliminar {name}?</translation>
    </message>
    <message>
        <source>&amp;Give them to:</source>
        <translation>&amp;Pasárselos a:</translation>
    </message>
    <message>
        <source>&amp;Remove them with {name}</source>
        <translation>&amp;Quitarlos junto con {name}</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Choose whom to give them to, or remove them.</source>
        <translation>Elija a quién pasárselos, o quítelos.</translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation>¿Guardar los cambios en {what}?</translation>
    </message>
    <message>
        <source>If you don&apos;t save them, what you typed is lost.</source>
        <translation>Si no los guarda, se pierde lo que escribió.</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>“{title}”</translation>
    </message>
    <message>
        <source>this dialog</source>
        <translation>este cuadro de diálogo</translation>
    </message>
    <message>
        <source>Press {number} on the row</source>
        <translation>Oprima {number} en la fila</translation>
    </message>
    <message>
        <source>Reason (Enter saves)</source>
        <translation>Motivo (Intro guarda)</translation>
    </message>
    <message>
        <source>not voted yet</source>
        <translation>todavía no vota</translation>
    </message>
    <message>
        <source>voted</source>
        <translation>votó</translation>
    </message>
    <message>
        <source>{choice} needs a reason: type it, then Enter.</source>
        <translation>“{choice}” necesita un motivo: escríbalo y oprima Intro.</translation>
    </message>
    <message>
        <source>Choose first: press 1 to {n} on the row.</source>
        <translation>Primero elija: oprima del 1 al {n} en la fila.</translation>
    </message>
    <message>
        <source>Recording as the chair, on behalf of each organization. Keys on a row: {keys}; ↑ ↓ another organization; Tab the reason, Enter saves it. Each ballot is saved on this computer as it is set: no network needed.</source>
        <translation>Registrando como quien preside, en nombre de cada organización. Teclas en una fila: {keys}; ↑ ↓ otra organización; Tab el motivo, Intro lo guarda. Cada boleta se guarda en esta computadora en cuanto se marca: no hace falta conexión.</translation>
    </message>
    <message>
        <source>Record {org}&apos;s ballot: {choice}</source>
        <translation>Registrar la boleta de {org}: {choice}</translation>
    </message>
    <message>
        <source>Approve</source>
        <extracomment>A change to one of these can change a proposal, its ballots or the names shown. (text, background) of each outcome&apos;s chip; an open proposal&apos;s in blue.</extracomment>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objetar</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstenerse</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
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
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>To an organization once it has voted</source>
        <translation>A cada organización, una vez que vota</translation>
    </message>
    <message>
        <source>Only after the close</source>
        <translation>Solo después del cierre</translation>
    </message>
    <message>
        <source>{voted} of {voters} voted</source>
        <translation>votaron {voted} de {voters}</translation>
    </message>
    <message>
        <source>recorded by the chair on behalf of {org}</source>
        <translation>registrada por quien preside en nombre de {org}</translation>
    </message>
    <message>
        <source>by proxy, held by {holder}</source>
        <translation>por poder, en manos de {holder}</translation>
    </message>
    <message>
        <source>{name} (delegate)</source>
        <translation>{name} (delegado/a)</translation>
    </message>
    <message>
        <source>its delegate</source>
        <translation>su delegado/a</translation>
    </message>
    <message>
        <source>recorded by the chair</source>
        <translation>registrada por quien preside</translation>
    </message>
    <message>
        <source>late: not counted</source>
        <translation>tardía: no cuenta</translation>
    </message>
    <message>
        <source>stands</source>
        <translation>vale</translation>
    </message>
    <message>
        <source>replaced by a later ballot</source>
        <translation>reemplazada por una boleta posterior</translation>
    </message>
    <message>
        <source>{choice} ({count}): {orgs}</source>
        <translation>{choice} ({count}): {orgs}</translation>
    </message>
    <message>
        <source>Did not vote ({count}): {orgs}</source>
        <translation>No votaron ({count}): {orgs}</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Exportar Markdown…</translation>
    </message>
    <message>
        <source>The declaration, with the organizations behind it</source>
        <translation>La declaración, con las organizaciones que la respaldan</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Open the declaration</source>
        <translation>Abrir la declaración</translation>
    </message>
    <message>
        <source>Show the published draft this decision adopted</source>
        <translation>Mostrar el borrador publicado que adoptó esta decisión</translation>
    </message>
    <message>
        <source>quorum of {quorum} met</source>
        <translation>se alcanzó el quórum de {quorum}</translation>
    </message>
    <message>
        <source>quorum of {quorum} not met</source>
        <translation>no se alcanzó el quórum de {quorum}</translation>
    </message>
    <message>
        <source>{voted} of {voters} organizations voted ({quorum}): {counts}.</source>
        <translation>Votaron {voted} de {voters} organizaciones ({quorum}): {counts}.</translation>
    </message>
    <message>
        <source>Chosen: {option}.</source>
        <translation>Elegida: {option}.</translation>
    </message>
    <message>
        <source>Closed {when} by {who}; the outcome is frozen.</source>
        <translation>Cerrada {when} por {who}; el resultado queda fijo.</translation>
    </message>
    <message>
        <source>the schedule</source>
        <translation>el calendario</translation>
    </message>
    <message>
        <source>Adopted: the declaration is published, its text locked.</source>
        <translation>Adoptada: la declaración está publicada y su texto, bloqueado.</translation>
    </message>
    <message>
        <source>Export the declaration as Markdown</source>
        <translation>Exportar la declaración como Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>No se pudo escribir {path}: {error}</translation>
    </message>
    <message>
        <source>Declaration written to {path}</source>
        <translation>Declaración guardada en {path}</translation>
    </message>
    <message>
        <source>Export the declaration as PDF</source>
        <translation>Exportar la declaración como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a proposal on the left, or put one: New proposal… (Ctrl+N).</source>
        <translation>Elija una propuesta a la izquierda, o presente una: Nueva propuesta… (Ctrl+N).</translation>
    </message>
    <message>
        <source>Open the draft</source>
        <translation>Abrir el borrador</translation>
    </message>
    <message>
        <source>Show the shared draft this proposal is about</source>
        <translation>Mostrar el borrador compartido del que trata esta propuesta</translation>
    </message>
    <message>
        <source>Record ballots (chair)</source>
        <translation>Registrar boletas (preside)</translation>
    </message>
    <message>
        <source>Record the ballots said aloud on the call, on each organization&apos;s behalf</source>
        <translation>Registrar las boletas dichas en voz alta en la llamada, en nombre de cada organización</translation>
    </message>
    <message>
        <source>Close now…</source>
        <translation>Cerrar ahora…</translation>
    </message>
    <message>
        <source>Close before its time: the outcome is counted now and frozen (asks first)</source>
        <translation>Cerrar antes de tiempo: el resultado se cuenta ahora y queda fijo (pregunta antes)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Every ballot ever cast on this proposal, the replaced ones too, and its changes</source>
        <translation>Todas las boletas emitidas sobre esta propuesta, también las reemplazadas, y sus cambios</translation>
    </message>
    <message>
        <source>Time up</source>
        <translation>Plazo vencido</translation>
    </message>
    <message>
        <source>closed {when}</source>
        <translation>cerrada {when}</translation>
    </message>
    <message>
        <source>closes {when}</source>
        <translation>cierra {when}</translation>
    </message>
    <message>
        <source>voting ended {when}, not closed yet</source>
        <translation>la votación terminó {when}, todavía sin cerrar</translation>
    </message>
    <message>
        <source>quorum {quorum} of {voters}</source>
        <translation>quórum {quorum} de {voters}</translation>
    </message>
    <message>
        <source>results shown: {when}</source>
        <translation>resultados visibles: {when}</translation>
    </message>
    <message>
        <source>put to {call}</source>
        <translation>presentada en {call}</translation>
    </message>
    <message>
        <source>proposed by {who}</source>
        <translation>propuesta por {who}</translation>
    </message>
    <message>
        <source>About the shared draft &lt;b&gt;“{title}”&lt;/b&gt;.</source>
        <translation>Sobre el borrador compartido &lt;b&gt;“{title}”&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Vote for {org} (proxy)…</source>
        <translation>Votar por {org} (poder)…</translation>
    </message>
    <message>
        <source>Vote for {org}…</source>
        <translation>Votar por {org}…</translation>
    </message>
    <message>
        <source>Close now</source>
        <translation>Cerrar ahora</translation>
    </message>
    <message>
        <source>Close “{title}” now?</source>
        <translation>¿Cerrar “{title}” ahora?</translation>
    </message>
    <message>
        <source>{voted}. The outcome is counted now, by its rule and quorum, and frozen: a ballot cast later is not counted.</source>
        <translation>{voted}. El resultado se cuenta ahora, según su regla y su quórum, y queda fijo: una boleta emitida después no cuenta.</translation>
    </message>
    <message>
        <source>Close the proposal “{title}”</source>
        <translation>Cerrar la propuesta “{title}”</translation>
    </message>
    <message>
        <source>Closed: {outcome}. Undo with Ctrl+Z.</source>
        <translation>Cerrada: {outcome}. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Every proposal until revoked</source>
        <translation>Todas las propuestas, hasta que se revoque</translation>
    </message>
    <message>
        <source>{org}&apos;s proxy is held by {holder}, given by {who} on {when}</source>
        <translation>El poder de voto de {org} lo tiene {holder}, otorgado por {who} el {when}</translation>
    </message>
    <message>
        <source>someone not named</source>
        <translation>alguien sin nombre</translation>
    </message>
    <message>
        <source>(every proposal until revoked)</source>
        <translation>(todas las propuestas, hasta que se revoque)</translation>
    </message>
    <message>
        <source>time up {when}, to be closed</source>
        <translation>plazo vencido {when}, falta cerrarla</translation>
    </message>
    <message>
        <source>The ballots are not shown yet.</source>
        <translation>Las boletas todavía no se muestran.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>New proposal…</source>
        <translation>Nueva propuesta…</translation>
    </message>
    <message>
        <source>Put a question to the member organizations (Ctrl+N)</source>
        <translation>Someter una pregunta a las organizaciones miembro (Ctrl+N)</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Nueva propuesta</translation>
    </message>
    <message>
        <source>Proxies…</source>
        <translation>Poderes de voto…</translation>
    </message>
    <message>
        <source>Which organization lets another&apos;s delegate cast its ballot (Ctrl+Shift+P)</source>
        <translation>Qué organización deja que el delegado de otra emita su boleta (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Proxies</source>
        <translation>Poderes de voto</translation>
    </message>
    <message>
        <source>{count} proposal</source>
        <translation>{count} propuesta</translation>
    </message>
    <message>
        <source>{count} proposals</source>
        <translation>{count} propuestas</translation>
    </message>
    <message>
        <source>Close the proposals whose time has come</source>
        <translation>Cerrar las propuestas cuyo plazo venció</translation>
    </message>
    <message>
        <source>Closed {count} proposal(s) whose time had come.</source>
        <translation>Se cerraron {count} propuesta(s) cuyo plazo había vencido.</translation>
    </message>
    <message>
        <source>{choice} ({by}, {when})</source>
        <extracomment>The widest the organization&apos;s and the &quot;Cast by&quot; columns grow before their text wraps.</extracomment>
        <translation>{choice} ({by}, {when})</translation>
    </message>
    <message>
        <source>a ballot</source>
        <translation>una boleta</translation>
    </message>
    <message>
        <source>{count} ballots for {org}: {ballots}; the later stands.</source>
        <translation>{count} boletas de {org}: {ballots}; vale la más reciente.</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, luego </translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Boletas</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Boleta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Cast by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>not voted</source>
        <translation>sin votar</translation>
    </message>
    <message>
        <source>{when}, late: not counted</source>
        <translation>{when}, tardía: no cuenta</translation>
    </message>
    <message>
        <source>{name} has the same e-mail address ({email}).</source>
        <translation>{name} tiene el mismo correo electrónico ({email}).</translation>
    </message>
    <message>
        <source>{name}, of {organization}, has the same name.</source>
        <translation>{name}, de {organization}, tiene el mismo nombre.</translation>
    </message>
    <message>
        <source>{name} has the same name.</source>
        <translation>{name} tiene el mismo nombre.</translation>
    </message>
    <message>
        <source>This person may be in the directory already:</source>
        <translation>Puede que esta persona ya esté en el directorio:</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Guardar de &amp;todos modos</translation>
    </message>
    <message>
        <source>They are different people: save this one as it is</source>
        <translation>Son personas distintas: guardar esta tal como está</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
    </message>
    <message>
        <source>Show the other person (merge the two with Merge people…)</source>
        <translation>Mostrar a la otra persona (una las dos con Unir personas…)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Membresías</translation>
    </message>
    <message>
        <source>Endorsements made</source>
        <translation>Respaldos dados</translation>
    </message>
    <message>
        <source>Action items owned</source>
        <translation>Tareas a su cargo</translation>
    </message>
    <message>
        <source>Call series organized</source>
        <translation>Series de llamadas que organiza</translation>
    </message>
    <message>
        <source>Call series invited to</source>
        <translation>Series de llamadas a las que está invitada</translation>
    </message>
    <message>
        <source>Calls attended</source>
        <translation>Llamadas a las que asistió</translation>
    </message>
    <message>
        <source>Agenda items owned</source>
        <translation>Puntos de agenda a su cargo</translation>
    </message>
    <message>
        <source>Standing items owned</source>
        <translation>Puntos fijos a su cargo</translation>
    </message>
    <message>
        <source>Sign-ups at events</source>
        <translation>Inscripciones en eventos</translation>
    </message>
    <message>
        <source>Consents given</source>
        <translation>Consentimientos dados</translation>
    </message>
    <message>
        <source>Shifts taken</source>
        <translation>Turnos asumidos</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Unir personas</translation>
    </message>
    <message>
        <source>Two records of one person become one. Everything either has is kept on the person kept: e-mail addresses, phone numbers, memberships, endorsements, action items, calls organized, invitations, attendance and their history.</source>
        <translation>Dos registros de una misma persona se vuelven uno. Todo lo que tenga cualquiera de los dos se conserva en el registro que queda: correos, teléfonos, membresías, respaldos, tareas, llamadas organizadas, invitaciones, asistencia y su historial.</translation>
    </message>
    <message>
        <source>Choose the person to keep…</source>
        <translation>Elija a la persona que se queda…</translation>
    </message>
    <message>
        <source>Choose the person to merge into them…</source>
        <translation>Elija a la persona que se une a ella…</translation>
    </message>
    <message>
        <source>⇄ Swap</source>
        <translation>⇄ Intercambiar</translation>
    </message>
    <message>
        <source>Keep the other one instead</source>
        <translation>Quedarse con la otra</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conservar:</translation>
    </message>
    <message>
        <source>&amp;Merge into it:</source>
        <translation>&amp;Unir a ella:</translation>
    </message>
    <message>
        <source>You can undo the merge with Ctrl+Z.</source>
        <translation>Puede deshacer la unión con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unir</translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation>Elija dos personas distintas.</translation>
    </message>
    <message>
        <source>Choose the two people to see what each has.</source>
        <translation>Elija a las dos personas para ver lo que tiene cada una.</translation>
    </message>
    <message>
        <source>{name} (kept)</source>
        <translation>{name} (se conserva)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Addresses, numbers and everything counted above: all kept, each once.</source>
        <translation>Direcciones, números y todo lo contado arriba: todo se conserva, cada cosa una vez.</translation>
    </message>
    <message>
        <source>Merge {other} into {keep}</source>
        <translation>Unir {other} a {keep}</translation>
    </message>
    <message>
        <source>Merge people…</source>
        <translation>Unir personas…</translation>
    </message>
    <message>
        <source>Make two records of one person one</source>
        <translation>Convertir en uno los dos registros de una misma persona</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Escriba un comentario…</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Agregar comentario</translation>
    </message>
    <message>
        <source>Post the comment on {what}</source>
        <translation>Publicar el comentario en {what}</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>Agregar un comentario</translation>
    </message>
    <message>
        <source>the comment typed on {what}</source>
        <translation>el comentario escrito en {what}</translation>
    </message>
    <message>
        <source>Choose a group… (or leave empty for none)</source>
        <translation>Elija un grupo… (o déjelo vacío para ninguno)</translation>
    </message>
    <message>
        <source>Choose a group…</source>
        <translation>Elija un grupo…</translation>
    </message>
    <message>
        <source>choose a group</source>
        <translation>elija un grupo</translation>
    </message>
    <message>
        <source>{count} groups are called “{name}”: choose one from the list</source>
        <translation>Hay {count} grupos llamados “{name}”: elija uno de la lista</translation>
    </message>
    <message>
        <source>no group is called “{name}”</source>
        <translation>ningún grupo se llama “{name}”</translation>
    </message>
    <message>
        <source>invitations</source>
        <translation>invitaciones</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>actualizaciones</translation>
    </message>
    <message>
        <source>cancellations</source>
        <translation>cancelaciones</translation>
    </message>
    <message>
        <source>agendas</source>
        <translation>agendas</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>actas</translation>
    </message>
    <message>
        <source>digests</source>
        <translation>resúmenes</translation>
    </message>
    <message>
        <source>declarations</source>
        <translation>declaraciones</translation>
    </message>
    <message>
        <source>Mail → Unmatched replies…</source>
        <translation>Correo → Respuestas sin asignar…</translation>
    </message>
    <message>
        <source>The answer is recorded</source>
        <translation>La respuesta quedó registrada</translation>
    </message>
    <message>
        <source>Another time is proposed: shown on the call, not applied</source>
        <translation>Se propone otro horario: se muestra en la llamada, sin aplicarlo</translation>
    </message>
    <message>
        <source>The reply comes from an address not in the directory: listed under {where}</source>
        <translation>La respuesta viene de una dirección que no está en el directorio: aparece en {where}</translation>
    </message>
    <message>
        <source>The reply was set aside, and listed under {where}</source>
        <translation>La respuesta se dejó aparte y aparece en {where}</translation>
    </message>
    <message>
        <source>The message was read</source>
        <translation>El mensaje se leyó</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals of another time shown on the call</source>
        <translation>
            <numerusform>%Ln propuesta de otro horario, mostrada en la llamada</numerusform>
            <numerusform>%Ln propuestas de otro horario, mostradas en la llamada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln replies not applied, listed under {where}</source>
        <translation>
            <numerusform>%Ln respuesta sin aplicar, aparece en {where}</numerusform>
            <numerusform>%Ln respuestas sin aplicar, aparecen en {where}</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Coalition will follow the system&apos;s language the next time it starts.</source>
        <translation>Coalition usará el idioma del sistema la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Coalition will speak {language} the next time it starts.</source>
        <translation>Coalition estará en {language} la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>{day}, {start} to {end} ({zone})</source>
        <translation>{day}, de {start} a {end} ({zone})</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>{taken} of {slots} slots taken</source>
        <translation>{taken} de {slots} puestos cubiertos</translation>
    </message>
    <message>
        <source>Shifts: {event}</source>
        <translation>Turnos: {event}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>{name} on {device}, {when}</source>
        <translation>{name} en {device}, {when}</translation>
    </message>
    <message>
        <source>(a record without a name)</source>
        <translation>(un registro sin nombre)</translation>
    </message>
    <message>
        <source>Kept {winner}&apos;s value, the later change; {loser}&apos;s stays in the record&apos;s history.</source>
        <translation>Se conservó el valor de {winner}, el cambio más reciente; el de {loser} queda en el historial del registro.</translation>
    </message>
    <message>
        <source>changed and deleted</source>
        <translation>cambiado y borrado</translation>
    </message>
    <message>
        <source>changed {what}</source>
        <translation>cambió {what}</translation>
    </message>
    <message>
        <source>added {what}</source>
        <translation>agregó {what}</translation>
    </message>
    <message>
        <source>deleted it</source>
        <translation>lo borró</translation>
    </message>
    <message>
        <source>changed it</source>
        <translation>lo cambió</translation>
    </message>
    <message>
        <source>Deleted: {deleter} deleted it, and with it what {editor} had added to it.</source>
        <translation>Borrado: {deleter} lo borró, y con él lo que {editor} le había agregado.</translation>
    </message>
    <message>
        <source>Deleted: {deleter} deleted it after {editor} changed it.</source>
        <translation>Borrado: {deleter} lo borró después de que {editor} lo cambiara.</translation>
    </message>
    <message>
        <source>Kept: {editor} changed it after {deleter} deleted it.</source>
        <translation>Conservado: {editor} lo cambió después de que {deleter} lo borrara.</translation>
    </message>
    <message>
        <source>not taken by the server</source>
        <translation>no aceptado por el servidor</translation>
    </message>
    <message>
        <source>the server&apos;s copy, as it is</source>
        <translation>la copia del servidor, tal como está</translation>
    </message>
    <message>
        <source>the coalition server</source>
        <translation>el servidor de la coalición</translation>
    </message>
    <message>
        <source>The server refused {who}&apos;s change; it stays on this laptop only, until withdrawn (or made by someone who may).</source>
        <translation>El servidor rechazó el cambio de {who}; se queda solo en esta computadora hasta que se retire (o lo haga alguien con permiso).</translation>
    </message>
    <message>
        <source>The server could not take {who}&apos;s change; this laptop has the server&apos;s copy again.</source>
        <translation>El servidor no pudo aceptar el cambio de {who}; esta computadora vuelve a tener la copia del servidor.</translation>
    </message>
    <message>
        <source>the other choice was taken</source>
        <translation>se eligió la otra opción</translation>
    </message>
    <message>
        <source>kept as decided</source>
        <translation>se mantuvo lo decidido</translation>
    </message>
    <message>
        <source>Resolved {when}: {how}.</source>
        <translation>Resuelto {when}: {how}.</translation>
    </message>
    <message>
        <source>When two organizers changed the same thing before syncing, the later change was kept and the other stays in the record&apos;s history. Keep that decision, or take the other one.</source>
        <translation>Cuando dos personas organizadoras cambiaron lo mismo antes de sincronizar, se conservó el cambio más reciente y el otro queda en el historial del registro. Mantenga esa decisión o elija la otra.</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Mostrar resueltos</translation>
    </message>
    <message>
        <source>The password is kept only until you quit Coalition, and asked for again next time.</source>
        <translation>La contraseña se guarda solo hasta que cierre Coalition, y se le volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <source>the server&apos;s host name or address is needed</source>
        <translation>falta el nombre o la dirección del servidor</translation>
    </message>
    <message>
        <source>a host name has no spaces or slashes: db.example.org, 203.0.113.5</source>
        <translation>un nombre de servidor no lleva espacios ni barras: db.example.org, 203.0.113.5</translation>
    </message>
    <message>
        <source>the port is a number (usually 5432)</source>
        <translation>el puerto es un número (por lo general, 5432)</translation>
    </message>
    <message>
        <source>the port is a number from 1 to 65535 (usually 5432)</source>
        <translation>el puerto es un número del 1 al 65535 (por lo general, 5432)</translation>
    </message>
    <message>
        <source>the user name the server&apos;s administrator made for you is needed</source>
        <translation>falta el nombre de usuario que le creó quien administra el servidor</translation>
    </message>
    <message>
        <source>the TLS mode is one of {modes}</source>
        <translation>el modo TLS es uno de estos: {modes}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln organizations to {target}.

This file is not encrypted; keep it safe.</source>
        <translation>
            <numerusform>Se escribió %Ln organización en {target}.

Este archivo no está cifrado; guárdelo en un lugar seguro.</numerusform>
            <numerusform>Se escribieron %Ln organizaciones en {target}.

Este archivo no está cifrado; guárdelo en un lugar seguro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>The directory, endorsements, calls and shared messaging of a coalition of allies, kept on your own computer.</source>
        <translation>El directorio, los respaldos, las llamadas y los mensajes compartidos de una coalición de aliados, guardados en su propia computadora.</translation>
    </message>
    <message>
        <source>Not known until the database is open</source>
        <translation>Se sabrá cuando la base de datos esté abierta</translation>
    </message>
    <message>
        <source>On a server: its disk and its connection are the server&apos;s to protect</source>
        <translation>En un servidor: proteger su disco y su conexión le corresponde al servidor</translation>
    </message>
    <message>
        <source>Encrypted on this computer (SQLCipher, AES-256)</source>
        <translation>Cifrada en esta computadora (SQLCipher, AES-256)</translation>
    </message>
    <message>
        <source>Not encrypted: anyone who can read the file can read your data</source>
        <translation>Sin cifrar: quien pueda leer el archivo puede leer sus datos</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or any later version</source>
        <translation>Licencia Pública General de GNU, versión 3 o cualquier versión posterior</translation>
    </message>
</context>
<context>
    <name>ActionItemDialog</name>
    <message>
        <source>Edit action item</source>
        <extracomment>A change to one of these can change a row of the list: its text, owner or call.</extracomment>
        <translation>Editar la tarea</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Send the one-page summary to the state leads</source>
        <translation>Enviar el resumen de una página a quienes coordinan cada estado</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation>Quién lo hará</translation>
    </message>
    <message>
        <source>The day it is due (YYYY-MM-DD); empty if no date was set</source>
        <translation>El día en que vence (AAAA-MM-DD); vacío si no se fijó fecha</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Tarea</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha de vencimiento</translation>
    </message>
    <message>
        <source>Add action item “{title}”</source>
        <translation>Agregar la tarea “{title}”</translation>
    </message>
    <message>
        <source>Edit action item “{title}”</source>
        <translation>Editar la tarea “{title}”</translation>
    </message>
</context>
<context>
    <name>ActionItems</name>
    <message>
        <source>Complete “{title}”</source>
        <translation>Completar “{title}”</translation>
    </message>
    <message>
        <source>Reopen “{title}”</source>
        <translation>Reabrir “{title}”</translation>
    </message>
    <message>
        <source>Drop “{title}”</source>
        <translation>Descartar “{title}”</translation>
    </message>
    <message>
        <source>Overdue since {day} (1 day)</source>
        <translation>Atrasada desde el {day} (1 día)</translation>
    </message>
    <message>
        <source>Overdue since {day} ({days} days)</source>
        <translation>Atrasada desde el {day} ({days} días)</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>From call</source>
        <translation>De la llamada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ActionItemsScreen</name>
    <message>
        <source>Open</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Open items, the ones done, or all of them (dropped ones too)</source>
        <translation>Tareas pendientes, las hechas, o todas (también las descartadas)</translation>
    </message>
    <message>
        <source>Only the items one person owns</source>
        <translation>Solo las tareas a cargo de una persona</translation>
    </message>
    <message>
        <source>Only the items decided on the calls of one series</source>
        <translation>Solo las tareas decididas en las llamadas de una serie</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>An action item not decided on any call (Ctrl+N)</source>
        <translation>Una tarea que no se decidió en ninguna llamada (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected action item (double-click, Enter, F2)</source>
        <translation>Editar la tarea seleccionada (doble clic, Intro, F2)</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>The selected action item is done</source>
        <translation>La tarea seleccionada está hecha</translation>
    </message>
    <message>
        <source>Open call</source>
        <translation>Abrir la llamada</translation>
    </message>
    <message>
        <source>Show the call this action item was decided on</source>
        <translation>Mostrar la llamada en que se decidió esta tarea</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquier persona</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>Todas las series</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action items</source>
        <translation>
            <numerusform>%Ln tarea</numerusform>
            <numerusform>%Ln tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>{text}, {overdue} overdue</source>
        <translation>{text}, {overdue} atrasadas</translation>
    </message>
    <message>
        <source>Delete the action item “{title}”?</source>
        <translation>¿Eliminar la tarea “{title}”?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete action item “{title}”</source>
        <translation>Eliminar la tarea “{title}”</translation>
    </message>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>Eliminado. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Marked done. Undo with Ctrl+Z.</source>
        <translation>Marcada como hecha. Deshaga con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From call</source>
        <translation>De la llamada</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>Decided on this call</source>
        <translation>Decidido en esta llamada</translation>
    </message>
    <message>
        <source>Open from earlier calls</source>
        <translation>Pendiente de llamadas anteriores</translation>
    </message>
    <message>
        <source>Decided on this call ({own})</source>
        <translation>Decidido en esta llamada ({own})</translation>
    </message>
    <message>
        <source>Decided on this call: none yet</source>
        <translation>Decidido en esta llamada: nada todavía</translation>
    </message>
    <message>
        <source>Open from earlier calls ({earlier})</source>
        <translation>Pendiente de llamadas anteriores ({earlier})</translation>
    </message>
    <message>
        <source>Open from earlier calls: none</source>
        <translation>Pendiente de llamadas anteriores: nada</translation>
    </message>
    <message>
        <source>Action items ({value})</source>
        <translation>Tareas ({value})</translation>
    </message>
    <message>
        <source>Marked done. Undo with Ctrl+Z.</source>
        <translation>Marcada como hecha. Deshaga con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>(carried in)</source>
        <translation>(de una llamada anterior)</translation>
    </message>
    <message>
        <source>Carried from an earlier call.</source>
        <translation>Viene de una llamada anterior.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Pedir cambios</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Record an answer</source>
        <translation>Registrar una respuesta</translation>
    </message>
    <message>
        <source>The text the group answers on, as its audience reads it</source>
        <translation>El texto sobre el que responde el grupo, tal como lo lee su público</translation>
    </message>
    <message>
        <source>What they said: the change they want, or why not</source>
        <translation>Lo que dijeron: el cambio que quieren, o por qué no</translation>
    </message>
    <message>
        <source>nobody is set up yet</source>
        <translation>todavía no hay nadie configurado</translation>
    </message>
    <message>
        <source>The answer is credited to you and your organization (File → Switch profile…)</source>
        <translation>La respuesta queda a su nombre y al de su organización (Archivo → Cambiar de perfil…)</translation>
    </message>
    <message>
        <source>{group} on the variant for {audience}</source>
        <translation>{group} sobre la versión para {audience}</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Comentario</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrada por</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Approve anyway</source>
        <translation>Aprobar de todos modos</translation>
    </message>
    <message>
        <source>{channel} allows at most {limit} characters; it has {used}.</source>
        <translation>{channel} permite como máximo {limit} caracteres; tiene {used}.</translation>
    </message>
    <message>
        <source>The variant for {audience} is too long for {channels}. Approve it anyway?</source>
        <translation>La versión para {audience} es demasiado larga para {channels}. ¿Aprobarla de todos modos?</translation>
    </message>
    <message>
        <source>{group}: {answer} ({audience})</source>
        <translation>{group}: {answer} ({audience})</translation>
    </message>
</context>
<context>
    <name>AnswersList</name>
    <message>
        <source>proposes {when}</source>
        <translation>propone {when}</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptó</translation>
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
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondió</translation>
    </message>
    <message>
        <source>Double-click opens the person</source>
        <translation>Doble clic abre la ficha de la persona</translation>
    </message>
    <message>
        <source>Nobody is invited to this call yet.</source>
        <translation>Todavía no hay nadie invitado a esta llamada.</translation>
    </message>
    <message>
        <source>{n} accepted</source>
        <translation>{n} aceptaron</translation>
    </message>
    <message>
        <source>{n} tentative</source>
        <translation>{n} tal vez</translation>
    </message>
    <message>
        <source>{n} declined</source>
        <translation>{n} no asistirán</translation>
    </message>
    <message>
        <source>{n} not answered</source>
        <translation>{n} sin respuesta</translation>
    </message>
</context>
<context>
    <name>AnswersTab</name>
    <message>
        <source>Read &amp;replies</source>
        <translation>Leer &amp;respuestas</translation>
    </message>
    <message>
        <source>Read the answers waiting in the mailbox (or drop a saved .eml or .ics on the window)</source>
        <translation>Leer las respuestas que esperan en el buzón (o suelte un .eml o .ics guardado sobre la ventana)</translation>
    </message>
    <message>
        <source>Mark minutes final</source>
        <translation>Marcar el acta como final</translation>
    </message>
    <message>
        <source>The replies could not be read: {reason}</source>
        <translation>No se pudieron leer las respuestas: {reason}</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Nobody is set up on this database yet, so this change would be credited to nobody: choose File → Switch profile… and say who you are first.</source>
        <translation>Todavía no hay nadie configurado en esta base de datos, así que este cambio no quedaría a nombre de nadie: elija Archivo → Cambiar de perfil… y diga primero quién es usted.</translation>
    </message>
    <message>
        <source>Could not undo “{label}”: {exc}</source>
        <translation>No se pudo deshacer “{label}”: {exc}</translation>
    </message>
    <message>
        <source>Could not redo “{label}”: {exc}</source>
        <translation>No se pudo rehacer “{label}”: {exc}</translation>
    </message>
</context>
<context>
    <name>AskSignOffDialog</name>
    <message>
        <source>Ask for sign-off</source>
        <translation>Pedir aprobación</translation>
    </message>
    <message>
        <source>Required: the variant is approved only once this group approves</source>
        <translation>Obligatoria: la versión queda aprobada solo cuando este grupo la aprueba</translation>
    </message>
    <message>
        <source>The variant for {audience}</source>
        <translation>La versión para {audience}</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Pedir</translation>
    </message>
    <message>
        <source>Ask {group} to sign off {audience}</source>
        <translation>Pedir a {group} que apruebe {audience}</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign a person to a shift</source>
        <translation>Asignar a una persona a un turno</translation>
    </message>
    <message>
        <source>{shift} ({slots} slots)</source>
        <translation>{shift} ({slots} puestos)</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Escriba un nombre</translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation>&amp;Turno</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>the event has no shift yet: add one first</source>
        <translation>el evento todavía no tiene turnos: agregue uno primero</translation>
    </message>
    <message>
        <source>choose the person</source>
        <translation>elija a la persona</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Check who came; double-click opens the person</source>
        <translation>Marque quién vino; doble clic abre la ficha de la persona</translation>
    </message>
    <message>
        <source>Someone else who came…</source>
        <translation>Otra persona que vino…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Mark someone present who is not among the invited</source>
        <translation>Marcar presente a alguien que no está entre los invitados</translation>
    </message>
    <message>
        <source>States represented ({value}): {value2}</source>
        <translation>Estados con representación ({value}): {value2}</translation>
    </message>
    <message>
        <source>States represented: none yet</source>
        <translation>Estados con representación: ninguno todavía</translation>
    </message>
    <message>
        <source>Attendance ({came} of {listed})</source>
        <translation>Asistencia ({came} de {listed})</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>{name} came</source>
        <translation>{name} asistió</translation>
    </message>
    <message>
        <source>{name} did not come</source>
        <translation>{name} no asistió</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from backup — {APP_NAME}</source>
        <translation>Restaurar una copia de seguridad — {APP_NAME}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>encrypted like the database, </source>
        <translation>cifradas igual que la base de datos, </translation>
    </message>
    <message>
        <source>the backups folder</source>
        <translation>la carpeta de copias</translation>
    </message>
    <message>
        <source>Coalition backs up the database once a day and before each update ({encrypted}in {folder}). Restoring one replaces the database; the database as it is now is kept as a backup, so you can come back to it the same way.</source>
        <translation>Coalition hace una copia de seguridad de la base de datos una vez al día y antes de cada actualización ({encrypted}en {folder}). Restaurar una reemplaza la base de datos; la base de datos tal como está ahora se guarda como copia, así que puede volver a ella de la misma manera.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>under an earlier key</source>
        <translation>con una clave anterior</translation>
    </message>
    <message>
        <source>No backup yet: the first is made today, a few seconds after start.</source>
        <translation>Todavía no hay copias: la primera se hace hoy, unos segundos después de abrir.</translation>
    </message>
    <message>
        <source>Backed up to {made}</source>
        <translation>Copia de seguridad guardada en {made}</translation>
    </message>
</context>
<context>
    <name>BallotHistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Boleta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Cast by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <source>Counts?</source>
        <translation>¿Cuenta?</translation>
    </message>
    <message>
        <source>Changes to the proposal…</source>
        <translation>Cambios a la propuesta…</translation>
    </message>
    <message>
        <source>Who put the proposal, changed it and closed it, field by field</source>
        <translation>Quién presentó la propuesta, quién la cambió y quién la cerró, campo por campo</translation>
    </message>
    <message>
        <source>This proposal no longer exists.</source>
        <translation>Esta propuesta ya no existe.</translation>
    </message>
    <message>
        <source>History of “{title}”</source>
        <translation>Historial de “{title}”</translation>
    </message>
    <message>
        <source>Ballots on “{title}”</source>
        <translation>Boletas sobre “{title}”</translation>
    </message>
    <message>
        <source>1 ballot cast</source>
        <translation>1 boleta emitida</translation>
    </message>
    <message>
        <source>{count} ballots cast</source>
        <translation>{count} boletas emitidas</translation>
    </message>
    <message>
        <source>{count} replaced by a later one</source>
        <translation>{count} reemplazadas por una posterior</translation>
    </message>
    <message>
        <source>{count} late</source>
        <translation>{count} tardías</translation>
    </message>
    <message>
        <source>; the choices are not shown yet</source>
        <translation>; las opciones elegidas todavía no se muestran</translation>
    </message>
    <message>
        <source>. Newest first; times are this computer&apos;s.</source>
        <translation>. Las más recientes primero; las horas son las de esta computadora.</translation>
    </message>
    <message>
        <source>voted</source>
        <translation>votó</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
</context>
<context>
    <name>CalDavDialog</name>
    <message>
        <source>Shared calendar (CalDAV)</source>
        <translation>Calendario compartido (CalDAV)</translation>
    </message>
    <message>
        <source>The calls, one-off events and campaign deadlines are published to this calendar and kept current after every change; participants subscribe to it once. Nextcloud, Radicale, Fastmail and iCloud show its address.</source>
        <translation>Las llamadas, los eventos únicos y las fechas límite de las campañas se publican en este calendario y se mantienen al día después de cada cambio; los participantes se suscriben una sola vez. Nextcloud, Radicale, Fastmail e iCloud muestran su dirección.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Calendar &amp;address:</source>
        <translation>&amp;Dirección del calendario:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>&amp;Stop publishing</source>
        <translation>&amp;Dejar de publicar</translation>
    </message>
    <message>
        <source>No keyring on this computer: the password is kept until you quit.</source>
        <translation>No hay llavero en esta computadora: la contraseña se guarda hasta que cierre el programa.</translation>
    </message>
    <message>
        <source>The calls are no longer published to {url}; what is there stays.</source>
        <translation>Las llamadas ya no se publican en {url}; lo que ya está ahí se queda.</translation>
    </message>
</context>
<context>
    <name>CalendarDialogs</name>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>iCalendar (*.ics);;All files (*)</source>
        <translation>iCalendar (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not write the file: {value}</source>
        <translation>No se pudo escribir el archivo: {value}</translation>
    </message>
</context>
<context>
    <name>CalendarPublisher</name>
    <message>
        <source>Shared calen&amp;dar (CalDAV)…</source>
        <translation>Calen&amp;dario compartido (CalDAV)…</translation>
    </message>
    <message>
        <source>Publish the calls to a calendar participants subscribe to, kept current</source>
        <translation>Publicar las llamadas en un calendario al que se suscriben los participantes, siempre al día</translation>
    </message>
    <message>
        <source>Subscription &amp;feed…</source>
        <translation>Calendario de &amp;suscripción…</translation>
    </message>
    <message>
        <source>Keep an .ics file of the calls, rewritten after every change</source>
        <translation>Mantener un archivo .ics de las llamadas, que se reescribe después de cada cambio</translation>
    </message>
    <message>
        <source>Finishing publishing the calendar…</source>
        <translation>Terminando de publicar el calendario…</translation>
    </message>
    <message>
        <source>Shared calendar: {url}</source>
        <translation>Calendario compartido: {url}</translation>
    </message>
    <message>
        <source>Publishing the calendar…</source>
        <translation>Publicando el calendario…</translation>
    </message>
    <message>
        <source>Calendar waiting</source>
        <translation>Calendario en espera</translation>
    </message>
    <message>
        <source>Tried again every minute, and after each change.</source>
        <translation>Se vuelve a intentar cada minuto, y después de cada cambio.</translation>
    </message>
    <message>
        <source>Calendar published {time}</source>
        <translation>Calendario publicado {time}</translation>
    </message>
    <message>
        <source>Calendar not published yet</source>
        <translation>Calendario todavía sin publicar</translation>
    </message>
    <message>
        <source>Subscription feed: {path}</source>
        <translation>Calendario de suscripción: {path}</translation>
    </message>
    <message>
        <source>Writing the feed…</source>
        <translation>Escribiendo el calendario…</translation>
    </message>
    <message>
        <source>Feed not written</source>
        <translation>Calendario sin escribir</translation>
    </message>
    <message>
        <source>Feed written {time}</source>
        <translation>Calendario escrito {time}</translation>
    </message>
    <message>
        <source>Click to publish now.</source>
        <translation>Haga clic para publicar ahora.</translation>
    </message>
</context>
<context>
    <name>CallDocuments</name>
    <message>
        <source>Copy, save or print the {kind} of this call</source>
        <translation>Copiar, guardar o imprimir {kind} de esta llamada</translation>
    </message>
    <message>
        <source>Copy {kind} as Markdown</source>
        <translation>Copiar {kind} como Markdown</translation>
    </message>
    <message>
        <source>Copy {kind} as plain text</source>
        <translation>Copiar {kind} como texto simple</translation>
    </message>
    <message>
        <source>Save {kind} as PDF…</source>
        <translation>Guardar {kind} como PDF…</translation>
    </message>
    <message>
        <source>Print {kind}…</source>
        <translation>Imprimir {kind}…</translation>
    </message>
    <message>
        <source>The {kind} is on the clipboard as {form}: paste it into an e-mail.</source>
        <translation>{kind} está en el portapapeles como {form}: péguelo en un correo.</translation>
    </message>
    <message>
        <source>Save the {kind} as PDF</source>
        <translation>Guardar {kind} como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {name}: {value}</source>
        <translation>No se pudo guardar {name}: {value}</translation>
    </message>
    <message>
        <source>Saved {target}.</source>
        <translation>Se guardó {target}.</translation>
    </message>
</context>
<context>
    <name>CallLine</name>
    <message>
        <source> · moved</source>
        <extracomment>A change to one of these can change a series, a week, an agenda or the people on it. Agenda item states, in the colours of the endorsement statuses with the same sense. A week of a series as (series id, ISO original date); a one-off call as (&quot;&quot;, its id).</extracomment>
        <translation> · movida</translation>
    </message>
    <message>
        <source> · cancelled</source>
        <translation> · cancelada</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Choose a call on the left, or start a series: New series….</source>
        <extracomment>The tables changed while changes were held (:meth:`holding_changes`), once released.</extracomment>
        <translation>Elija una llamada a la izquierda, o empiece una serie: Nueva serie….</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Mover…</translation>
    </message>
    <message>
        <source>Hold this week&apos;s call at another time; the other weeks stay</source>
        <translation>Hacer la llamada de esta semana a otra hora; las otras semanas siguen igual</translation>
    </message>
    <message>
        <source>Cancel this week</source>
        <translation>Cancelar esta semana</translation>
    </message>
    <message>
        <source>Prepare agenda</source>
        <translation>Preparar la agenda</translation>
    </message>
    <message>
        <source>Start the agenda from the series&apos; standing items and what the last call left open</source>
        <translation>Empezar la agenda con los puntos fijos de la serie y lo que quedó pendiente en la última llamada</translation>
    </message>
    <message>
        <source>Notice…</source>
        <translation>Aviso…</translation>
    </message>
    <message>
        <source>Write this week&apos;s change (moved or cancelled) as one .ics per participant</source>
        <translation>Escribir el cambio de esta semana (movida o cancelada) como un .ics por participante</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Add an item to the agenda…</source>
        <translation>Agregar un punto a la agenda…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Drag an item to reorder the agenda (or Alt+Up / Alt+Down)</source>
        <translation>Arrastre un punto para reordenar la agenda (o Alt+Arriba / Alt+Abajo)</translation>
    </message>
    <message>
        <source>Move the item up (Alt+Up)</source>
        <translation>Subir el punto (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move the item down (Alt+Down)</source>
        <translation>Bajar el punto (Alt+Abajo)</translation>
    </message>
    <message>
        <source>organized by {name}</source>
        <translation>organiza {name}</translation>
    </message>
    <message>
        <source>Your time: {value}</source>
        <translation>Su hora: {value}</translation>
    </message>
    <message>
        <source>Join: &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</source>
        <translation>Unirse: &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Dial-in: {number}, access code {code}</source>
        <translation>Por teléfono: {number}, código de acceso {code}</translation>
    </message>
    <message>
        <source>Dial-in: {number}</source>
        <translation>Por teléfono: {number}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movida</translation>
    </message>
    <message>
        <source>Usually {value}</source>
        <translation>Normalmente {value}</translation>
    </message>
    <message>
        <source>Restore this week</source>
        <translation>Restaurar esta semana</translation>
    </message>
    <message>
        <source>Hold this week&apos;s call after all</source>
        <translation>Hacer la llamada de esta semana después de todo</translation>
    </message>
    <message>
        <source>Call off this week only; the series goes on</source>
        <translation>Cancelar solo esta semana; la serie sigue</translation>
    </message>
    <message>
        <source>A call of its own: not part of a series</source>
        <translation>Una llamada suelta: no forma parte de una serie</translation>
    </message>
    <message>
        <source>⚠ Time boxes add up to {total} minutes; the call is {duration_minutes}.</source>
        <translation>⚠ Los tiempos suman {total} minutos; la llamada dura {duration_minutes}.</translation>
    </message>
    <message>
        <source>No agenda yet for this call.
Prepare agenda starts it from the standing items and what the last call left open.</source>
        <translation>Esta llamada todavía no tiene agenda.
Preparar la agenda la empieza con los puntos fijos y lo que quedó pendiente en la última llamada.</translation>
    </message>
    <message>
        <source>Agenda ({value})</source>
        <translation>Agenda ({value})</translation>
    </message>
    <message>
        <source>{total} of {duration_minutes} minutes planned</source>
        <translation>{total} de {duration_minutes} minutos planeados</translation>
    </message>
    <message>
        <source>Restore the call of {day}</source>
        <translation>Restablecer la llamada del {day}</translation>
    </message>
    <message>
        <source>Cancel the call of {day}</source>
        <translation>Cancelar la llamada del {day}</translation>
    </message>
    <message>
        <source>Prepare the call of {day}</source>
        <translation>Preparar la llamada del {day}</translation>
    </message>
    <message>
        <source>Add agenda item “{title}”</source>
        <translation>Agregar el punto de agenda “{title}”</translation>
    </message>
    <message>
        <source>Delete agenda item “{title}”</source>
        <translation>Eliminar el punto de agenda “{title}”</translation>
    </message>
</context>
<context>
    <name>CallsScreen</name>
    <message>
        <source>Your time zone: calls held in another zone also show your time</source>
        <translation>Su zona horaria: las llamadas en otra zona también muestran su hora</translation>
    </message>
    <message>
        <source>&amp;Your time zone</source>
        <translation>&amp;Su zona horaria</translation>
    </message>
    <message>
        <source>Call series</source>
        <translation>Series de llamadas</translation>
    </message>
    <message>
        <source>New series…</source>
        <translation>Nueva serie…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Cancel series…</source>
        <translation>Cancelar la serie…</translation>
    </message>
    <message>
        <source>Call off every future call of the series</source>
        <translation>Cancelar todas las llamadas futuras de la serie</translation>
    </message>
    <message>
        <source>Invitations…</source>
        <translation>Invitaciones…</translation>
    </message>
    <message>
        <source>Write one .ics invitation per participant, for their mail client to accept or decline</source>
        <translation>Escribir una invitación .ics por participante, para que su programa de correo la acepte o la rechace</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save this series (or the whole schedule) as an .ics calendar</source>
        <translation>Guardar esta serie (o todo el calendario) como un calendario .ics</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Every change to this series, its participants, standing items and weeks: when, by whom, on which computer</source>
        <translation>Cada cambio a esta serie, sus participantes, puntos fijos y semanas: cuándo, quién, en qué computadora</translation>
    </message>
    <message>
        <source>Calls of the series</source>
        <translation>Llamadas de la serie</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <source>Upcoming: none</source>
        <translation>Próximas: ninguna</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Anteriores</translation>
    </message>
    <message>
        <source>Earlier: none</source>
        <translation>Anteriores: ninguna</translation>
    </message>
    <message>
        <source>One-off calls</source>
        <translation>Llamadas sueltas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Moved from its usual time</source>
        <translation>Cambiada de su horario habitual</translation>
    </message>
    <message>
        <source>Cancel series</source>
        <translation>Cancelar la serie</translation>
    </message>
    <message>
        <source>Cancel every call of “{title}”?</source>
        <translation>¿Cancelar todas las llamadas de “{title}”?</translation>
    </message>
    <message>
        <source>The series stays listed, with its past calls and minutes. You can undo this with Ctrl+Z.</source>
        <translation>La serie sigue en la lista, con sus llamadas y actas pasadas. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Cancel series “{title}”</source>
        <translation>Cancelar la serie “{title}”</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>2028 California independence plebiscite</source>
        <translation>Plebiscito de independencia de California 2028</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>The organization that runs the campaign, if any</source>
        <translation>La organización que lleva la campaña, si la hay</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Sitio web</translation>
    </message>
    <message>
        <source>&amp;Filing date</source>
        <translation>Fecha de &amp;registro</translation>
    </message>
    <message>
        <source>Signature dead&amp;line</source>
        <translation>Fecha &amp;límite de firmas</translation>
    </message>
    <message>
        <source>&amp;Vote date</source>
        <translation>Fecha de &amp;votación</translation>
    </message>
    <message>
        <source>Signature &amp;goal</source>
        <translation>&amp;Meta de firmas</translation>
    </message>
    <message>
        <source>Valid signatures needed, if any</source>
        <translation>Firmas válidas necesarias, si las hay</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation>Respaldos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Delete endorsement</source>
        <translation>Eliminar el respaldo</translation>
    </message>
    <message>
        <source>Record endorsement…</source>
        <translation>Registrar respaldo…</translation>
    </message>
    <message>
        <source>Record that an organization or a person endorses this</source>
        <translation>Registrar que una organización o una persona respalda esto</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Every status of the selected endorsement (Enter)</source>
        <translation>Todos los estados del respaldo seleccionado (Intro)</translation>
    </message>
    <message>
        <source>Delete the selected endorsement and its history (Delete)</source>
        <translation>Eliminar el respaldo seleccionado y su historial (Supr)</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Agregar {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Endorsements ({n})</source>
        <translation>Respaldos ({n})</translation>
    </message>
    <message>
        <source>Endorsements: none recorded yet</source>
        <translation>Respaldos: ninguno registrado todavía</translation>
    </message>
    <message numerus="yes">
        <source>Its history of %Ln statuses goes with it. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Se borra con él su historial de %Ln estado. Puede deshacerlo con Ctrl+Z.</numerusform>
            <numerusform>Se borra con él su historial de %Ln estados. Puede deshacerlo con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the endorsement by {who}?</source>
        <translation>¿Eliminar el respaldo de {who}?</translation>
    </message>
    <message>
        <source>Delete endorsement by {who}</source>
        <translation>Eliminar el respaldo de {who}</translation>
    </message>
    <message>
        <source>Endorsement deleted. Undo with Ctrl+Z.</source>
        <translation>Respaldo eliminado. Deshaga con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>CampaignsScreen</name>
    <message>
        <source>Filter campaigns… (name, description)</source>
        <translation>Filtrar campañas… (nombre, descripción)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message numerus="yes">
        <source>This also deletes its %Ln endorsements, with their histories. </source>
        <translation>
            <numerusform>También se borra su respaldo, con su historial. </numerusform>
            <numerusform>También se borran sus %Ln respaldos, con sus historiales. </numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>¿Eliminar {name}?</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar {name}</translation>
    </message>
</context>
<context>
    <name>ChairRow</name>
    <message>
        <source>{org}&apos;s ballot</source>
        <extracomment>The colour of a choice once set: approve green, object red, block dark red, the rest grey.</extracomment>
        <translation>Boleta de {org}</translation>
    </message>
    <message>
        <source>Keys: {keys}.</source>
        <translation>Teclas: {keys}.</translation>
    </message>
    <message>
        <source>{number} {value}</source>
        <translation>{number} {value}</translation>
    </message>
    <message>
        <source>{choice} for {org}</source>
        <translation>{choice} por {org}</translation>
    </message>
    <message>
        <source>Reason for {org}</source>
        <translation>Motivo de {org}</translation>
    </message>
    <message>
        <source>chosen; {state}</source>
        <translation>elegida; {state}</translation>
    </message>
    <message>
        <source>{described}. {keys_said}</source>
        <translation>{described}. {keys_said}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Target {n}</source>
        <translation>Meta: {n}</translation>
    </message>
    <message>
        <source>At this pace (late)</source>
        <translation>A este ritmo (tarde)</translation>
    </message>
    <message>
        <source>At this pace</source>
        <translation>A este ritmo</translation>
    </message>
    <message>
        <source>At this pace (never)</source>
        <translation>A este ritmo (nunca)</translation>
    </message>
    <message>
        <source>Deadline {day}</source>
        <translation>Fecha límite: {day}</translation>
    </message>
    <message>
        <source>{number}k</source>
        <translation>{number} mil</translation>
    </message>
</context>
<context>
    <name>CoalitionGraphView</name>
    <message>
        <source>Endorses</source>
        <translation>Respalda</translation>
    </message>
    <message>
        <source>Chapter of</source>
        <translation>Capítulo de</translation>
    </message>
    <message>
        <source>Shared members</source>
        <translation>Miembros en común</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>node size: members</source>
        <translation>tamaño del punto: miembros</translation>
    </message>
    <message>
        <source>Coalition graph</source>
        <translation>Grafo de la coalición</translation>
    </message>
    <message>
        <source>{value} — {value2} — {value3}</source>
        <translation>{value} — {value2} — {value3}</translation>
    </message>
    <message>
        <source>{label} with {name}</source>
        <translation>{label} con {name}</translation>
    </message>
    <message>
        <source>endorses {name}</source>
        <translation>respalda {name}</translation>
    </message>
    <message>
        <source>endorsed by {name}</source>
        <translation>respaldada por {name}</translation>
    </message>
    <message>
        <source>chapter of {name}</source>
        <translation>capítulo de {name}</translation>
    </message>
    <message>
        <source>has the chapter {name}</source>
        <translation>tiene el capítulo {name}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln members</source>
        <translation>
            <numerusform>%Ln miembro</numerusform>
            <numerusform>%Ln miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign, endorsed by {n} here</source>
        <translation>Campaña; respaldos aquí: {n}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>Haga clic para abrir</translation>
    </message>
    <message>
        <source>Organizations: {organizations}. Campaigns: {campaigns}. Endorsements: {endorsements}. Chapter links: {chapters}. Sharing links: {shared}.</source>
        <translation>Organizaciones: {organizations}. Campañas: {campaigns}. Respaldos: {endorsements}. Vínculos de capítulo: {chapters}. Vínculos de registros compartidos: {shared}.</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>&lt;b&gt;{value}&lt;/b&gt; wrote:&lt;br&gt;{value2}</source>
        <translation>&lt;b&gt;{value}&lt;/b&gt; escribió:&lt;br&gt;{value2}</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Su respuesta</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>✓ kept</source>
        <translation>✓ se conserva</translation>
    </message>
    <message>
        <source>Keep as decided</source>
        <translation>Dejar como se decidió</translation>
    </message>
    <message>
        <source>Leave it as it is and take it off this list</source>
        <translation>Dejarlo como está y quitarlo de esta lista</translation>
    </message>
    <message>
        <source>A change like any other: undo it with Ctrl+Z; it is sent at the next sync</source>
        <translation>Un cambio como cualquier otro: se deshace con Ctrl+Z; se envía en la próxima sincronización</translation>
    </message>
    <message>
        <source>Send to a coordinator…</source>
        <translation>Enviar a quien coordina…</translation>
    </message>
    <message>
        <source>Ask the coalition&apos;s coordinators to make this change; it is withdrawn from this laptop meanwhile</source>
        <translation>Pedir a quienes coordinan la coalición que hagan este cambio; mientras tanto se retira de esta computadora</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts to review</source>
        <translation>
            <numerusform>%Ln conflicto por revisar</numerusform>
            <numerusform>%Ln conflictos por revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts to review</source>
        <translation>No hay conflictos que revisar</translation>
    </message>
    <message>
        <source>Nothing to review: every change from the other laptops merged without a conflict.</source>
        <translation>Nada que revisar: todos los cambios de las otras computadoras se unieron sin conflictos.</translation>
    </message>
    <message>
        <source>No conflicts so far.</source>
        <translation>Sin conflictos hasta ahora.</translation>
    </message>
    <message>
        <source>Send to a coordinator</source>
        <translation>Enviar a quien coordina</translation>
    </message>
    <message>
        <source>The server did not let you make this change. A coordinator can: say why it is needed (optional).</source>
        <translation>El servidor no le permitió hacer este cambio. Quien coordina sí puede: diga por qué hace falta (opcional).</translation>
    </message>
    <message>
        <source>Send to a coordinator: {title}</source>
        <translation>Enviar a quien coordina: {title}</translation>
    </message>
</context>
<context>
    <name>ConsentExport</name>
    <message>
        <source>Export who consented</source>
        <translation>Exportar quién dio su consentimiento</translation>
    </message>
    <message>
        <source>Nobody has consented to hear from an organization yet: consents are given at an event&apos;s sign-up table or in an imported sign-in sheet.</source>
        <translation>Nadie ha aceptado todavía recibir noticias de una organización: el consentimiento se da en la mesa de inscripción de un evento o en una hoja de firmas importada.</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%Ln people)</source>
        <translation>
            <numerusform>{name} (%Ln persona)</numerusform>
            <numerusform>{name} (%Ln personas)</numerusform>
        </translation>
    </message>
    <message>
        <source>The people who agreed to hear from:</source>
        <translation>Las personas que aceptaron recibir noticias de:</translation>
    </message>
    <message>
        <source>Export who consented to {name}</source>
        <translation>Exportar quién dio su consentimiento a {name}</translation>
    </message>
    <message>
        <source>consented-{name}.csv</source>
        <translation>consentimientos-{name}.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export: {problem}</source>
        <translation>No se pudo exportar: {problem}</translation>
    </message>
    <message>
        <source>Could not write {target}: {problem}</source>
        <translation>No se pudo escribir {target}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln people who consented to {name} to {target}, each with the date and the words they agreed to.

This file is not encrypted; keep it safe.</source>
        <translation>
            <numerusform>Se escribió %Ln persona que dio su consentimiento a {name} en {target}, con la fecha y las palabras que aceptó.

Este archivo no está cifrado; guárdelo en un lugar seguro.</numerusform>
            <numerusform>Se escribieron %Ln personas que dieron su consentimiento a {name} en {target}, cada una con la fecha y las palabras que aceptó.

Este archivo no está cifrado; guárdelo en un lugar seguro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>&amp;Export changes…</source>
        <translation>&amp;Exportar cambios…</translation>
    </message>
    <message>
        <source>Write this laptop&apos;s changes to an encrypted file, for a group with no server</source>
        <translation>Escribir los cambios de esta computadora en un archivo cifrado, para un grupo sin servidor</translation>
    </message>
    <message>
        <source>&amp;Import changes…</source>
        <translation>&amp;Importar cambios…</translation>
    </message>
    <message>
        <source>Merge the changes in a file another organizer exported</source>
        <translation>Incorporar los cambios de un archivo que exportó otra persona</translation>
    </message>
</context>
<context>
    <name>CountBar</name>
    <message>
        <source>Choose the channels above to count against their limits.</source>
        <translation>Elija arriba los canales para contar según sus límites.</translation>
    </message>
    <message>
        <source>{label} {value}</source>
        <translation>{label} {value}</translation>
    </message>
    <message>
        <source>{channel}: no limit</source>
        <translation>{channel}: sin límite</translation>
    </message>
    <message>
        <source>{channel} {used} / {limit}</source>
        <translation>{channel} {used} / {limit}</translation>
    </message>
    <message>
        <source> · +{over} over</source>
        <translation> · {over} de más</translation>
    </message>
    <message>
        <source>{channel}: at most {limit} characters</source>
        <translation>{channel}: como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>; cut {over}</source>
        <translation>; recorte {over}</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>New goal</source>
        <extracomment>What time it is, for &quot;this week&apos;s call&quot; and &quot;today&quot; (tests set their own).</extracomment>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation>&amp;Nueva meta…</translation>
    </message>
    <message>
        <source>Add a goal: a target, a deadline and how it is measured (Ctrl+N)</source>
        <translation>Agregar una meta: una cifra, una fecha límite y cómo se mide (Ctrl+N)</translation>
    </message>
    <message>
        <source>Board &amp;report (PDF)…</source>
        <translation>&amp;Informe para la junta (PDF)…</translation>
    </message>
    <message>
        <source>The whole dashboard as a PDF for a board meeting</source>
        <translation>Todo el panel como PDF para una reunión de la junta</translation>
    </message>
    <message>
        <source>No goals yet. Add one with “New goal…”: a target, a deadline, and how it is counted (from the directory, or from values you record).</source>
        <translation>Todavía no hay metas. Agregue una con “Nueva meta…”: una cifra, una fecha límite y cómo se cuenta (desde el directorio, o con valores que usted registra).</translation>
    </message>
    <message>
        <source>Dashed green: the target · dotted: where the pace of the last four weeks leads (red when it misses the deadline) · upright line: the deadline · hover a point for its value</source>
        <translation>Verde discontinua: la meta · punteada: adónde lleva el ritmo de las últimas cuatro semanas (en rojo si no llega a la fecha límite) · línea vertical: la fecha límite · pase el cursor por un punto para ver su valor</translation>
    </message>
    <message>
        <source>&amp;Growth</source>
        <translation>&amp;Crecimiento</translation>
    </message>
    <message>
        <source>The graph is drawn when this tab is first shown.</source>
        <translation>El grafo se dibuja la primera vez que se muestra esta pestaña.</translation>
    </message>
    <message>
        <source>Coalition gr&amp;aph</source>
        <translation>Gr&amp;afo de la coalición</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the chosen chart, or the graph, as PNG or SVG</source>
        <translation>Guardar la gráfica elegida, o el grafo, como PNG o SVG</translation>
    </message>
    <message>
        <source>Open the call</source>
        <translation>Abrir la llamada</translation>
    </message>
    <message>
        <source>Waiting for our sign-off</source>
        <translation>Esperando nuestra aprobación</translation>
    </message>
    <message>
        <source>My &amp;group:</source>
        <translation>Mi &amp;grupo:</translation>
    </message>
    <message>
        <source>The organization whose sign-offs you answer</source>
        <translation>La organización por la que usted responde las aprobaciones</translation>
    </message>
    <message>
        <source>Dashboard · {value}</source>
        <translation>Panel · {value}</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>This week&apos;s call</source>
        <translation>La llamada de esta semana</translation>
    </message>
    <message>
        <source>No call planned in the next eight weeks.</source>
        <translation>No hay llamadas planeadas en las próximas ocho semanas.</translation>
    </message>
    <message>
        <source>Plan a call</source>
        <translation>Planear una llamada</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Próxima llamada</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; · {value}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; · {value}</translation>
    </message>
    <message>
        <source>Overdue action items ({overdue_total})</source>
        <translation>Tareas atrasadas ({overdue_total})</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Tareas atrasadas</translation>
    </message>
    <message>
        <source>At the &amp;table</source>
        <translation>En la &amp;mesa</translation>
    </message>
    <message>
        <source>Petition batches, and registrations and pledges reported, that the goals count</source>
        <translation>Los lotes de firmas y los registros y compromisos informados que cuentan las metas</translation>
    </message>
    <message>
        <source>Petition batches…</source>
        <translation>Lotes de firmas…</translation>
    </message>
    <message>
        <source>Registrations and pledges…</source>
        <translation>Registros y compromisos…</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nada atrasado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days late</source>
        <translation>
            <numerusform>%Ln día de atraso</numerusform>
            <numerusform>%Ln días de atraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Due {value}. Click to open the call it was decided on.</source>
        <translation>Vence {value}. Haga clic para abrir la llamada en que se decidió.</translation>
    </message>
    <message>
        <source>… and {value} more</source>
        <translation>… y {value} más</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Cualquier grupo</translation>
    </message>
    <message>
        <source>Waiting for {my_group_name}&apos;s sign-off</source>
        <translation>Esperando la aprobación de {my_group_name}</translation>
    </message>
    <message>
        <source>Waiting for a sign-off</source>
        <translation>Esperando una aprobación</translation>
    </message>
    <message>
        <source>Nothing waits for a sign-off.</source>
        <translation>Nada espera una aprobación.</translation>
    </message>
    <message>
        <source>Asked {value}. Click to open the draft.</source>
        <translation>Pedida {value}. Haga clic para abrir el borrador.</translation>
    </message>
    <message>
        <source>The {shown} organizations with the most members, of {total}. </source>
        <translation>Las {shown} organizaciones con más miembros, de {total}. </translation>
    </message>
    <message>
        <source>Ctrl+wheel or +/− to zoom, drag to pan, 0 to fit; hover for details, click to open.</source>
        <translation>Ctrl+rueda o +/− para acercar, arrastre para desplazarse, 0 para ajustar; pase el cursor para ver detalles, haga clic para abrir.</translation>
    </message>
    <message>
        <source>Choose my group</source>
        <translation>Elegir mi grupo</translation>
    </message>
    <message>
        <source>this goal</source>
        <translation>esta meta</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Eliminar la meta</translation>
    </message>
    <message>
        <source>Delete the goal “{name}” and its recorded values? You can undo it with Ctrl+Z.</source>
        <translation>¿Eliminar la meta “{name}” y sus valores registrados? Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete goal “{name}”</source>
        <translation>Eliminar la meta “{name}”</translation>
    </message>
    <message>
        <source>Chart: {name}…</source>
        <translation>Gráfico: {name}…</translation>
    </message>
    <message>
        <source>The coalition graph…</source>
        <translation>El grafo de la coalición…</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exportar la gráfica</translation>
    </message>
    <message>
        <source>The chart could not be saved: {exc}</source>
        <translation>No se pudo guardar la gráfica: {exc}</translation>
    </message>
    <message>
        <source>Chart saved to {path}</source>
        <translation>Gráfica guardada en {path}</translation>
    </message>
    <message>
        <source>Export the coalition graph</source>
        <translation>Exportar el grafo de la coalición</translation>
    </message>
    <message>
        <source>The graph could not be saved: {exc}</source>
        <translation>No se pudo guardar el grafo: {exc}</translation>
    </message>
    <message>
        <source>Graph saved to {path}</source>
        <translation>Grafo guardado en {path}</translation>
    </message>
    <message>
        <source>Board report</source>
        <translation>Informe para la junta</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved: {exc}</source>
        <translation>No se pudo guardar el informe: {exc}</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Informe guardado en {path}</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Compare: {old_title} ↔ {new_title}</source>
        <translation>Comparar: {old_title} ↔ {new_title}</translation>
    </message>
    <message>
        <source>Struck out: words taken out. Marked: words put in.</source>
        <translation>Tachado: palabras quitadas. Resaltado: palabras agregadas.</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Edit draft</source>
        <translation>Editar el borrador</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Nuevo borrador</translation>
    </message>
    <message>
        <source>Would you really mind if California left?</source>
        <translation>¿De verdad le importaría que California se fuera?</translation>
    </message>
    <message>
        <source>The allied group that speaks for this message</source>
        <translation>El grupo aliado que firma este mensaje</translation>
    </message>
    <message>
        <source>question, 2028 (separated by commas)</source>
        <translation>consulta, 2028 (separadas por comas)</translation>
    </message>
    <message>
        <source>The core message every audience starts from (you can write it later)</source>
        <translation>El mensaje central del que parte cada público (puede escribirlo después)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>Ca&amp;nales</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Core &amp;message</source>
        <translation>&amp;Mensaje central</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Crear borrador</translation>
    </message>
    <message>
        <source>New draft “{title}”</source>
        <translation>Nuevo borrador “{title}”</translation>
    </message>
    <message>
        <source>Edit draft “{title}”</source>
        <translation>Editar el borrador “{title}”</translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message>
        <source>Back to draft</source>
        <extracomment>What the button that moves a draft to a status says.</extracomment>
        <translation>Volver a borrador</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>Mark approved</source>
        <translation>Marcar como aprobado</translation>
    </message>
    <message>
        <source>Mark published</source>
        <translation>Marcar como publicado</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Take it back to change it; the history keeps this move</source>
        <translation>Regresarlo para cambiarlo; el historial guarda este paso</translation>
    </message>
    <message>
        <source>Ready for the groups to sign off its variants</source>
        <translation>Listo para que los grupos aprueben sus versiones</translation>
    </message>
    <message>
        <source>Every variant must be approved by the groups asked first</source>
        <translation>Primero, los grupos consultados deben aprobar cada versión</translation>
    </message>
    <message>
        <source>Sent out, as it stands</source>
        <translation>Enviado, tal como está</translation>
    </message>
    <message>
        <source>No longer used; it stays for the record</source>
        <translation>Ya no se usa; se queda como registro</translation>
    </message>
    <message>
        <source>Choose a draft on the left, or start one: New draft….</source>
        <translation>Elija un borrador a la izquierda, o empiece uno: Nuevo borrador….</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Change the title, channels, owner and tags</source>
        <translation>Cambiar el título, los canales, quién es responsable y las etiquetas</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Every change to this draft and its variants, sign-offs and comments: when, by whom, on which computer</source>
        <translation>Cada cambio a este borrador y a sus versiones, aprobaciones y comentarios: cuándo, quién, en qué computadora</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Copy variant as plain text</source>
        <translation>Copiar la versión como texto simple</translation>
    </message>
    <message>
        <source>Copy variant as Markdown</source>
        <translation>Copiar la versión como Markdown</translation>
    </message>
    <message>
        <source>Copy variant as HTML</source>
        <translation>Copiar la versión como HTML</translation>
    </message>
    <message>
        <source>Export message pack as HTML…</source>
        <translation>Exportar el paquete de mensajes como HTML…</translation>
    </message>
    <message>
        <source>Export message pack as PDF…</source>
        <translation>Exportar el paquete de mensajes como PDF…</translation>
    </message>
    <message>
        <source>Copy the chosen variant, or save every approved variant as one message pack</source>
        <translation>Copiar la versión elegida, o guardar todas las versiones aprobadas como un paquete de mensajes</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canales:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Core message</source>
        <translation>Mensaje central</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Adopted by a decision</source>
        <translation>Adoptado por una decisión</translation>
    </message>
    <message>
        <source>The message every audience starts from</source>
        <translation>El mensaje del que parte cada público</translation>
    </message>
    <message>
        <source>this draft</source>
        <translation>este borrador</translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation>{some} y {last}</translation>
    </message>
    <message>
        <source>the core message of “{title}”</source>
        <translation>el mensaje central de “{title}”</translation>
    </message>
    <message>
        <source>the variant</source>
        <translation>la versión</translation>
    </message>
    <message>
        <source>the variant for {audience}</source>
        <translation>la versión para {audience}</translation>
    </message>
    <message>
        <source>the variant for {audience} of {title}</source>
        <translation>la versión para {audience} de {title}</translation>
    </message>
    <message>
        <source>The message every variant starts from · {core_revision}</source>
        <translation>El mensaje del que parte cada versión · {core_revision}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Responsable: {owner}</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <source>{status}: {when} by {who}</source>
        <translation>{status}: {when}, por {who}</translation>
    </message>
    <message>
        <source>Moves of this draft:</source>
        <translation>Cambios de estado de este borrador:</translation>
    </message>
    <message>
        <source>since {when} by {who}</source>
        <translation>desde el {when}, por {who}</translation>
    </message>
    <message>
        <source>since {when}</source>
        <translation>desde el {when}</translation>
    </message>
    <message>
        <source>Variants ({value})</source>
        <translation>Versiones ({value})</translation>
    </message>
    <message>
        <source>{audience}: {label}</source>
        <translation>{audience}: {label}</translation>
    </message>
    <message>
        <source>As {audience} reads it</source>
        <translation>Como lo lee {audience}</translation>
    </message>
    <message>
        <source>voided by the edit of
{value}</source>
        <translation>anulada por la edición de
{value}</translation>
    </message>
    <message>
        <source>Comments ({total})</source>
        <translation>Comentarios ({total})</translation>
    </message>
    <message>
        <source>Variant: {audience}</source>
        <translation>Versión: {audience}</translation>
    </message>
    <message>
        <source>{text} ({number})</source>
        <translation>{text} ({number})</translation>
    </message>
    <message>
        <source>Count “{title}” for {channel}</source>
        <translation>Contar “{title}” para {channel}</translation>
    </message>
    <message>
        <source>Stop counting “{title}” for {channel}</source>
        <translation>Dejar de contar “{title}” para {channel}</translation>
    </message>
    <message>
        <source>“{title}”: {status}</source>
        <translation>“{title}”: {status}</translation>
    </message>
    <message>
        <source>Edit the core message of “{title}”</source>
        <translation>Editar el mensaje central de “{title}”</translation>
    </message>
    <message>
        <source>Saved as a new revision. Undo with Ctrl+Z.</source>
        <translation>Guardado como una revisión nueva. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Revision {number} by {author}</source>
        <translation>Revisión {number} de {author}</translation>
    </message>
    <message>
        <source>Revision {number}</source>
        <translation>Revisión {number}</translation>
    </message>
</context>
<context>
    <name>DraftRowDelegate</name>
    <message>
        <source>No variants yet</source>
        <translation>Aún no tiene versiones</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>At most {limit} characters</source>
        <translation>Como máximo {limit} caracteres</translation>
    </message>
</context>
<context>
    <name>DraftsScreen</name>
    <message>
        <source>Filter drafts… (title, text, variants, tags)</source>
        <translation>Filtrar borradores… (título, texto, versiones, etiquetas)</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>New draft…</source>
        <translation>Nuevo borrador…</translation>
    </message>
    <message>
        <source>Start a shared message (Ctrl+N)</source>
        <translation>Empezar un mensaje compartido (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the chosen draft, its variants and history (asks first)</source>
        <translation>Eliminar el borrador elegido, sus versiones y su historial (pregunta antes)</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Nuevo borrador</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Eliminar el borrador</translation>
    </message>
    <message>
        <source>{title}
{label} · {value}
Last changed {value2}</source>
        <translation>{title}
{label} · {value}
Último cambio {value2}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln drafts</source>
        <translation>
            <numerusform>%Ln borrador</numerusform>
            <numerusform>%Ln borradores</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the draft “{title}”?</source>
        <translation>¿Eliminar el borrador “{title}”?</translation>
    </message>
    <message>
        <source>Its variants, revisions, sign-offs and comments go with it. You can undo this with Ctrl+Z.</source>
        <translation>Sus versiones, revisiones, aprobaciones y comentarios se van con él. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete draft “{title}”</source>
        <translation>Eliminar el borrador “{title}”</translation>
    </message>
</context>
<context>
    <name>EndorsementDialog</name>
    <message>
        <source>Change endorsement</source>
        <extracomment>The background of a status wherever it is shown (matrix cells, lists, history, chips). The three statuses still in motion are light (grey-blue, amber, orange) and carry dark text; the three settled ones are dark (green, red, dark grey) and carry white text: :data:`STATUS_TEXT_COLORS`. Every pair has a contrast of at least 4.5:1 (WCAG AA), and both colours are always painted together, so a label stays readable in a dark theme too. The text painted on :data:`STATUS_COLORS`. The tables whose changes alter what these dialogs and the views of endorsements show.</extracomment>
        <translation>Cambiar el respaldo</translation>
    </message>
    <message>
        <source>Record an endorsement</source>
        <translation>Registrar un respaldo</translation>
    </message>
    <message>
        <source> since {day}</source>
        <translation> desde el {day}</translation>
    </message>
    <message>
        <source>Now {status}{since}.</source>
        <translation>Ahora: {status}{since}.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Type or choose who endorses</source>
        <translation>Escriba o elija quién respalda</translation>
    </message>
    <message>
        <source>Who endorses</source>
        <translation>Quién respalda</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Type or choose what is endorsed</source>
        <translation>Escriba o elija qué se respalda</translation>
    </message>
    <message>
        <source>What is endorsed</source>
        <translation>Qué se respalda</translation>
    </message>
    <message>
        <source>We will need to see the full text first</source>
        <translation>Primero necesitamos ver el texto completo</translation>
    </message>
    <message>
        <source>What was said, by whom, where</source>
        <translation>Qué se dijo, quién, dónde</translation>
    </message>
    <message>
        <source>https://… (a statement, a post, minutes)</source>
        <translation>https://… (un comunicado, una publicación, un acta)</translation>
    </message>
    <message>
        <source>Public: may be named in the coalition&apos;s materials</source>
        <translation>Público: se puede nombrar en los materiales de la coalición</translation>
    </message>
    <message>
        <source>&amp;Endorser</source>
        <translation>&amp;Quién respalda</translation>
    </message>
    <message>
        <source>End&amp;orses</source>
        <translation>&amp;Respalda</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Condition</source>
        <translation>&amp;Condición</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>&amp;Fuente</translation>
    </message>
    <message>
        <source>The day this status was given (YYYY-MM-DD)</source>
        <translation>El día en que se dio este estado (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Kept in the history of this endorsement, beside this status</source>
        <translation>Se guarda en el historial de este respaldo, junto a este estado</translation>
    </message>
    <message>
        <source>What must happen first; only for a conditional endorsement</source>
        <translation>Lo que tiene que pasar primero; solo para un respaldo condicional</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>%1 records are called “%2”: choose one from the list, where each shows its e-mail or group.</source>
        <translation>%1 registros se llaman “%2”: elija uno de la lista, donde cada uno muestra su correo o su grupo.</translation>
    </message>
    <message>
        <source>Record endorsement by {who}</source>
        <translation>Registrar el respaldo de {who}</translation>
    </message>
    <message>
        <source>Change endorsement by {who} to {status}</source>
        <translation>Cambiar el respaldo de {who} a {status}</translation>
    </message>
</context>
<context>
    <name>EndorsementHistoryDialog</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Endorsement history</source>
        <translation>Historial del respaldo</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Cambiar estado…</translation>
    </message>
    <message>
        <source>Give this endorsement a new status; the history keeps the old one</source>
        <translation>Dar a este respaldo un estado nuevo; el historial conserva el anterior</translation>
    </message>
    <message>
        <source>This endorsement no longer exists: it was deleted, or its recording undone.</source>
        <translation>Este respaldo ya no existe: se eliminó, o se deshizo su registro.</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>desde el {day}</translation>
    </message>
    <message>
        <source>on condition: “{condition}”</source>
        <translation>con la condición: “{condition}”</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>not public</source>
        <translation>no público</translation>
    </message>
</context>
<context>
    <name>EndorsementsModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Fresno County Fair table</source>
        <translation>Mesa en la Feria del Condado de Fresno</translation>
    </message>
    <message>
        <source>CA or California</source>
        <translation>CA o California</translation>
    </message>
    <message>
        <source>Hall, street, city</source>
        <translation>Salón, calle, ciudad</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Organizadores</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Colaboradores</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Comienza</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Termina</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>S&amp;tate, county</source>
        <translation>&amp;Estado, condado</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campaña</translation>
    </message>
    <message>
        <source>&amp;Hosts, partners</source>
        <translation>&amp;Organizadores, colaboradores</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>EventQuestions</name>
    <message>
        <source>I would like to volunteer</source>
        <translation>Me gustaría ser voluntario o voluntaria</translation>
    </message>
    <message>
        <source>I am interested in hosting an event</source>
        <translation>Me interesa organizar un evento</translation>
    </message>
    <message>
        <source>I pledge to register to vote</source>
        <translation>Me comprometo a inscribirme para votar</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
    <message>
        <source>The month before (Page Up in the calendar)</source>
        <translation>El mes anterior (Re Pág en el calendario)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>The month after (Page Down in the calendar)</source>
        <translation>El mes siguiente (Av Pág en el calendario)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Events of the month</source>
        <translation>Eventos del mes</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nuevo evento…</translation>
    </message>
    <message>
        <source>Add an event (Ctrl+N)</source>
        <translation>Agregar un evento (Ctrl+N)</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Review sign-up matches…</source>
        <translation>Revisar coincidencias de inscripciones…</translation>
    </message>
    <message>
        <source>The sign-ups that matched someone already in the directory</source>
        <translation>Las inscripciones que coincidieron con alguien que ya está en el directorio</translation>
    </message>
    <message>
        <source>Export who consented…</source>
        <translation>Exportar quién dio su consentimiento…</translation>
    </message>
    <message>
        <source>One organization&apos;s list of the people who agreed to hear from it, with the date and the words they agreed to</source>
        <translation>La lista de las personas que aceptaron recibir noticias de una organización, con la fecha y las palabras que aceptaron</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Change the event</source>
        <translation>Modificar el evento</translation>
    </message>
    <message>
        <source>Cancel event…</source>
        <translation>Cancelar evento…</translation>
    </message>
    <message>
        <source>Call the event off (calendars hear of it)</source>
        <translation>Suspender el evento (los calendarios se enteran)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the event and its shifts</source>
        <translation>Eliminar el evento y sus turnos</translation>
    </message>
    <message>
        <source>Print shift sheet…</source>
        <translation>Imprimir hoja de turnos…</translation>
    </message>
    <message>
        <source>The shifts, their people and phones, as a PDF for the clipboard</source>
        <translation>Los turnos, sus personas y teléfonos, en un PDF para la tablilla</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>Exportar al calendario (.ics)…</translation>
    </message>
    <message>
        <source>The month&apos;s events as a calendar file</source>
        <translation>Los eventos del mes en un archivo de calendario</translation>
    </message>
    <message>
        <source>Open the sign-up table…</source>
        <translation>Abrir la mesa de inscripción…</translation>
    </message>
    <message>
        <source>The full-screen sign-up form for this event</source>
        <translation>El formulario de inscripción a pantalla completa para este evento</translation>
    </message>
    <message>
        <source>Shifts and the people on them</source>
        <translation>Turnos y las personas asignadas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Add shift…</source>
        <translation>Agregar turno…</translation>
    </message>
    <message>
        <source>A new shift</source>
        <translation>Un turno nuevo</translation>
    </message>
    <message>
        <source>Edit shift…</source>
        <translation>Editar turno…</translation>
    </message>
    <message>
        <source>Change the time, title or slots of the shift chosen</source>
        <translation>Cambiar la hora, el título o los puestos del turno elegido</translation>
    </message>
    <message>
        <source>Delete shift…</source>
        <translation>Eliminar turno…</translation>
    </message>
    <message>
        <source>Delete the shift chosen, with who was on it</source>
        <translation>Eliminar el turno elegido, con quienes estaban asignados</translation>
    </message>
    <message>
        <source>Assign person…</source>
        <translation>Asignar persona…</translation>
    </message>
    <message>
        <source>Put someone from the directory on a shift</source>
        <translation>Asignar a alguien del directorio a un turno</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <source>The person chosen has arrived</source>
        <translation>La persona elegida ha llegado</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Registrar salida</translation>
    </message>
    <message>
        <source>The person chosen has left</source>
        <translation>La persona elegida se ha retirado</translation>
    </message>
    <message>
        <source>Take off shift</source>
        <translation>Quitar del turno</translation>
    </message>
    <message>
        <source>Take the person chosen off the shift</source>
        <translation>Quitar a la persona elegida del turno</translation>
    </message>
    <message>
        <source>No event chosen. Press Ctrl+N to add one.</source>
        <translation>No hay ningún evento elegido. Pulse Ctrl+N para agregar uno.</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>{count} event this month</source>
        <translation>{count} evento este mes</translation>
    </message>
    <message>
        <source>{count} events this month</source>
        <translation>{count} eventos este mes</translation>
    </message>
    <message>
        <source>{filled}/{slots} shift slots</source>
        <translation>{filled}/{slots} puestos de turno</translation>
    </message>
    <message>
        <source>{name} (cancelled)</source>
        <translation>{name} (cancelado)</translation>
    </message>
    <message>
        <source>{day}, {start} to {end}</source>
        <translation>{day}, de {start} a {end}</translation>
    </message>
    <message>
        <source>{start_day} {start} to {end_day} {end}</source>
        <translation>del {start_day} {start} al {end_day} {end}</translation>
    </message>
    <message>
        <source>({zone})</source>
        <translation>({zone})</translation>
    </message>
    <message>
        <source>{time} here</source>
        <translation>{time} aquí</translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation>Cuándo: {when}</translation>
    </message>
    <message>
        <source>The clocks change that night: the event starts at {time}.</source>
        <translation>Esa noche cambia la hora: el evento comienza a las {time}.</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>Dónde: {place}</translation>
    </message>
    <message>
        <source>Hosts: {names}</source>
        <translation>Organizadores: {names}</translation>
    </message>
    <message>
        <source>Partners: {names}</source>
        <translation>Colaboradores: {names}</translation>
    </message>
    <message>
        <source>Campaign: {name}</source>
        <translation>Campaña: {name}</translation>
    </message>
    <message>
        <source>Sign-ups: {count}</source>
        <translation>Inscripciones: {count}</translation>
    </message>
    <message>
        <source>Restore event</source>
        <translation>Restablecer evento</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nadie todavía)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Cancel “{name}”?</source>
        <translation>¿Cancelar “{name}”?</translation>
    </message>
    <message>
        <source>It stays listed, marked cancelled; calendars that hold it hear of it.</source>
        <translation>Seguirá en la lista, marcado como cancelado; los calendarios que lo tengan se enterarán.</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>Cancelar evento</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>¿Eliminar “{name}”?</translation>
    </message>
    <message>
        <source>Its shifts go with it; its sign-ups stay, with the people. Ctrl+Z undoes.</source>
        <translation>Sus turnos se eliminan con él; sus inscripciones se conservan, con las personas. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Delete this shift?</source>
        <translation>¿Eliminar este turno?</translation>
    </message>
    <message>
        <source>The people on it are taken off it. Ctrl+Z undoes.</source>
        <translation>Las personas asignadas se quitan del turno. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Print the shift sheet</source>
        <translation>Imprimir la hoja de turnos</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Shift sheet written to {path}</source>
        <translation>Hoja de turnos guardada en {path}</translation>
    </message>
    <message>
        <source>Export the events to a calendar file</source>
        <translation>Exportar los eventos a un archivo de calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>{count} events written to {path}</source>
        <translation>{count} eventos guardados en {path}</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export changes</source>
        <translation>Exportar cambios</translation>
    </message>
    <message>
        <source>Writes the changes made on this laptop to a file another organizer can import (Sync → Import changes…). Private records stay here. The file is encrypted with the passphrase: tell it to them another way than the file.</source>
        <translation>Guarda los cambios hechos en esta computadora en un archivo que otra persona organizadora puede importar (Sincronizar → Importar cambios…). Los registros privados se quedan aquí. El archivo se cifra con la frase de contraseña: compártala por otro medio que no sea el archivo.</translation>
    </message>
    <message>
        <source>all changes</source>
        <translation>todos los cambios</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Cambios desde</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export changes to</source>
        <translation>Exportar los cambios a</translation>
    </message>
    <message>
        <source>choose where to write the file</source>
        <translation>elija dónde guardar el archivo</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>al menos {n} caracteres</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>las dos frases de contraseña no coinciden</translation>
    </message>
    <message>
        <source>Wrote {count} changes to {name}.</source>
        <translation>Se escribieron {count} cambios en {name}.</translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Exportar el calendario</translation>
    </message>
    <message>
        <source>Every series, one-off calls and campaign deadlines</source>
        <translation>Todas las series, las llamadas sueltas y las fechas límite de las campañas</translation>
    </message>
    <message>
        <source>Campaign deadlines as all-day events</source>
        <translation>Fechas límite de campañas como eventos de todo el día</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Llamadas</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose a later To.</source>
        <translation>El período termina antes de empezar: elija un «Hasta» posterior.</translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <source>Subscription feed</source>
        <translation>Calendario de suscripción</translation>
    </message>
    <message>
        <source>An .ics file of the calls, one-off events and campaign deadlines, rewritten whole after every change. Serve it from a web server, or keep it in a shared folder: participants subscribe to it, read-only.</source>
        <translation>Un archivo .ics con las llamadas, los eventos únicos y las fechas límite de las campañas, que se reescribe entero después de cada cambio. Publíquelo en un servidor web o guárdelo en una carpeta compartida: los participantes se suscriben, solo para leer.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Keep the feed</source>
        <translation>&amp;Mantener el calendario</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Keep the subscription feed in</source>
        <translation>Guardar el calendario de suscripción en</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Choose the file to keep the feed in.</source>
        <translation>Elija el archivo donde guardar el calendario.</translation>
    </message>
    <message>
        <source>The feed at {path} is no longer rewritten; the file stays.</source>
        <translation>El calendario en {path} ya no se reescribe; el archivo se queda.</translation>
    </message>
</context>
<context>
    <name>GiveProxyDialog</name>
    <message>
        <source>Give a proxy</source>
        <translation>Otorgar un poder de voto</translation>
    </message>
    <message>
        <source>Choose an organization</source>
        <translation>Elija una organización</translation>
    </message>
    <message>
        <source>&amp;Every proposal, until revoked</source>
        <translation>&amp;Todas las propuestas, hasta que se revoque</translation>
    </message>
    <message>
        <source>&amp;One proposal:</source>
        <translation>&amp;Una propuesta:</translation>
    </message>
    <message>
        <source>The proposal the proxy is for</source>
        <translation>La propuesta para la que vale el poder</translation>
    </message>
    <message>
        <source>Optional: why, or until when</source>
        <translation>Opcional: por qué, o hasta cuándo</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To (its delegate votes)</source>
        <translation>&amp;A (vota su delegado/a)</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Give the proxy</source>
        <translation>Otorgar el poder</translation>
    </message>
    <message>
        <source>The delegate of the organization holding the proxy casts the giving organization&apos;s ballot, marked “by proxy”. Only the giving organization&apos;s organizers or a coordinator give it.</source>
        <translation>El delegado o la delegada de la organización que tiene el poder emite la boleta de la organización que lo otorga, marcada “por poder”. Solo quienes organizan en la organización que lo otorga, o la coordinación, pueden otorgarlo.</translation>
    </message>
    <message>
        <source>Choose the organization giving its proxy and the one holding it.</source>
        <translation>Elija la organización que otorga su poder y la que lo recibe.</translation>
    </message>
    <message>
        <source>Give {org}&apos;s proxy to {holder}</source>
        <translation>Otorgar el poder de voto de {org} a {holder}</translation>
    </message>
    <message>
        <source>Only {org}&apos;s organizers or a coordinator can give its proxy.</source>
        <translation>Solo quienes organizan en {org} o la coordinación pueden otorgar su poder de voto.</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>At the pace of the last four weeks, the goal misses its deadline</source>
        <translation>Al ritmo de las últimas cuatro semanas, la meta no llega a su fecha límite</translation>
    </message>
    <message>
        <source>Typed in by someone, not counted from the data: record a value to move it</source>
        <translation>Lo escribió una persona, no se cuenta a partir de los datos: registre un valor para cambiarlo</translation>
    </message>
    <message>
        <source>{name}: click to open what it counts</source>
        <translation>{name}: haga clic para abrir lo que cuenta</translation>
    </message>
    <message>
        <source>{projected} of {target}</source>
        <translation>{projected} de {target}</translation>
    </message>
    <message>
        <source>Projected valid; {raw} raw ({raw_share}) · {verified} verified ({verified_share})</source>
        <translation>Válidas previstas; {raw} recogidas ({raw_share}) · {verified} verificadas ({verified_share})</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Fijada a mano</translation>
    </message>
    <message>
        <source>Set by hand · latest {day}</source>
        <translation>Fijada a mano · último valor {day}</translation>
    </message>
    <message>
        <source>From {batches}, {verified} verified</source>
        <translation>De {batches}, {verified} verificados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln petition batches</source>
        <translation>
            <numerusform>%Ln lote de firmas</numerusform>
            <numerusform>%Ln lotes de firmas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reports</source>
        <translation>
            <numerusform>%Ln informe</numerusform>
            <numerusform>%Ln informes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sign-ups</source>
        <translation>
            <numerusform>%Ln inscripción</numerusform>
            <numerusform>%Ln inscripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>From {reports}</source>
        <translation>De {reports}</translation>
    </message>
    <message>
        <source>{name}: {share}</source>
        <translation>{name}: {share}</translation>
    </message>
    <message>
        <source>From {reports} and {sign_ups} that pledged</source>
        <translation>De {reports} y {sign_ups} con compromiso</translation>
    </message>
    <message>
        <source>From {sign_ups} at {events}</source>
        <translation>De {sign_ups} en {events}</translation>
    </message>
    <message>
        <source>Counted from the directory: {what}</source>
        <translation>Contado en el directorio: {what}</translation>
    </message>
    <message>
        <source>Actions for {name}</source>
        <translation>Tareas de {name}</translation>
    </message>
    <message>
        <source>Edit this goal, its values, or delete it</source>
        <translation>Editar esta meta o sus valores, o eliminarla</translation>
    </message>
    <message>
        <source>Record a value…</source>
        <translation>Registrar un valor…</translation>
    </message>
    <message>
        <source>Petition batches…</source>
        <translation>Lotes de firmas…</translation>
    </message>
    <message>
        <source>Registrations and pledges…</source>
        <translation>Registros y compromisos…</translation>
    </message>
    <message>
        <source>Edit goal…</source>
        <translation>Editar la meta…</translation>
    </message>
    <message>
        <source>Delete goal…</source>
        <translation>Eliminar la meta…</translation>
    </message>
</context>
<context>
    <name>GoalChart</name>
    <message>
        <source>Chart: {name}</source>
        <translation>Gráfica: {name}</translation>
    </message>
    <message>
        <source>{value}. {value2}. {value3}.</source>
        <translation>{value}. {value2}. {value3}.</translation>
    </message>
    <message>
        <source>Recorded: {values}.</source>
        <translation>Registrado: {values}.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Edit goal</source>
        <translation>Editar la meta</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nueva meta</translation>
    </message>
    <message>
        <source>Representatives in 20 states</source>
        <translation>Representantes en 20 estados</translation>
    </message>
    <message>
        <source>Choose a campaign…</source>
        <translation>Elija una campaña…</translation>
    </message>
    <message>
        <source>The share of raw signatures expected to be valid, in percent, until verified batches show their own</source>
        <translation>El porcentaje de firmas recogidas que se espera que sean válidas, hasta que los lotes verificados muestren el suyo</translation>
    </message>
    <message>
        <source>signatures, sign-ups, followers…</source>
        <translation>firmas, inscripciones, seguidores…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Measured by</source>
        <translation>&amp;Se mide por</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campaña</translation>
    </message>
    <message>
        <source>Expected &amp;valid share (%)</source>
        <translation>Porcentaje &amp;válido esperado (%)</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Meta</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Fecha límite</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Agregar meta</translation>
    </message>
    <message>
        <source>Add goal “{name}”</source>
        <translation>Agregar la meta “{name}”</translation>
    </message>
    <message>
        <source>Edit goal “{name}”</source>
        <translation>Editar la meta “{name}”</translation>
    </message>
</context>
<context>
    <name>GoalMeasure</name>
    <message>
        <source>States with a representative or a page</source>
        <translation>Estados con un representante o una página</translation>
    </message>
    <message>
        <source>States with a representative</source>
        <translation>Estados con un representante</translation>
    </message>
    <message>
        <source>Allied organizations</source>
        <translation>Organizaciones aliadas</translation>
    </message>
    <message>
        <source>Endorsements of a campaign</source>
        <translation>Apoyos a una campaña</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Tareas pendientes</translation>
    </message>
    <message>
        <source>Petition signatures of a campaign (from its batches)</source>
        <translation>Firmas de la petición de una campaña (de sus lotes)</translation>
    </message>
    <message>
        <source>Voter registrations reported</source>
        <translation>Registros de votantes informados</translation>
    </message>
    <message>
        <source>Registration pledges (reported and at sign-up)</source>
        <translation>Compromisos de registrarse (informados y en la inscripción)</translation>
    </message>
    <message>
        <source>People signed up at events</source>
        <translation>Personas inscritas en eventos</translation>
    </message>
    <message>
        <source>Set by hand (values you record)</source>
        <translation>Fijada a mano (valores que usted registra)</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Coalition user guide</source>
        <translation>Guía de uso de Coalition</translation>
    </message>
    <message>
        <source>User guide page</source>
        <translation>Página de la guía de uso</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to the page before</source>
        <translation>Volver a la página anterior</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Forward to the next page</source>
        <translation>Ir a la página siguiente</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>Í&amp;ndice</translation>
    </message>
    <message>
        <source>The guide&apos;s contents</source>
        <translation>El índice de la guía</translation>
    </message>
    <message>
        <source>Guide status</source>
        <translation>Estado de la guía</translation>
    </message>
    <message>
        <source>The user guide&apos;s pages could not be found, so the guide cannot be shown. Coalition looked for them in:
{places}</source>
        <translation>No se encontraron las páginas de la guía de uso, así que no se puede mostrar. Coalition las buscó en:
{places}</translation>
    </message>
    <message>
        <source>There is no page {name} in the guide.</source>
        <translation>La guía no tiene ninguna página {name}.</translation>
    </message>
    <message>
        <source>{name} is not part of the guide shipped with the app.</source>
        <translation>{name} no forma parte de la guía que viene con la aplicación.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {title} — {app}</source>
        <translation>Historial de {title} — {app}</translation>
    </message>
    <message>
        <source>History of {title}</source>
        <translation>Historial de {title}</translation>
    </message>
    <message>
        <source>{who} on {computer}</source>
        <translation>{who} en {computer}</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 cambio</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation>{count} cambios</translation>
    </message>
    <message>
        <source>, by {people}</source>
        <translation>, por {people}</translation>
    </message>
    <message>
        <source>. Times are this computer&apos;s.</source>
        <translation>. Las horas son las de esta computadora.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>{name}, for {organization}, on the computer {computer}</source>
        <translation>{name}, por {organization}, en la computadora {computer}</translation>
    </message>
    <message>
        <source>nobody set up</source>
        <translation>nadie configurado</translation>
    </message>
    <message>
        <source>the coalition</source>
        <translation>la coalición</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>Todavía no hay cambios registrados.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Export {kind} to CSV</source>
        <translation>Exportar {kind} a CSV</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import changes</source>
        <translation>Importar cambios</translation>
    </message>
    <message>
        <source>Merges the changes in a file another organizer exported, with the same rules as the coalition server: what both changed is listed under Sync → Conflicts…</source>
        <translation>Combina los cambios de un archivo que exportó otra persona organizadora, con las mismas reglas que el servidor de la coalición: lo que ambas partes cambiaron aparece en Sincronizar → Conflictos…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import changes from</source>
        <translation>Importar cambios desde</translation>
    </message>
    <message>
        <source>choose the file to import</source>
        <translation>elija el archivo que quiere importar</translation>
    </message>
    <message>
        <source>the passphrase it was written with</source>
        <translation>la frase de contraseña con la que se guardó</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>— ignore —</source>
        <translation>— no importar —</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>E-mail 2</source>
        <translation>Correo electrónico 2</translation>
    </message>
    <message>
        <source>E-mail 3</source>
        <translation>Correo electrónico 3</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Phone 2</source>
        <translation>Teléfono 2</translation>
    </message>
    <message>
        <source>Phone 3</source>
        <translation>Teléfono 3</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role in the organization</source>
        <translation>Rol en la organización</translation>
    </message>
    <message>
        <source>Organizations (several, with roles)</source>
        <translation>Organizaciones (varias, con sus cargos)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
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
        <source>State or region</source>
        <translation>Estado o región</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Fundada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Part of (parent organization)</source>
        <translation>Parte de (organización madre)</translation>
    </message>
    <message>
        <source>Social pages</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Importar desde CSV</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v de %m filas</translation>
    </message>
    <message>
        <source>A Google Contacts or Outlook export, or a spreadsheet saved as CSV</source>
        <translation>Una exportación de Google Contactos o de Outlook, o una hoja de cálculo guardada como CSV</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>&amp;Organizations</source>
        <translation>&amp;Organizaciones</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>Importar como:</translation>
    </message>
    <message>
        <source>Choose a file, or type its path and press Enter, to see how it will be read.</source>
        <translation>Elija un archivo, o escriba su ruta y oprima Intro, para ver cómo se leerá.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna en el archivo</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Columns (the ones in bold are imported)</source>
        <translation>Columnas (se importan las que están en negrita)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates into the records already there (adds new e-mails, phones and blank fields; changes nothing already stored)</source>
        <translation>&amp;Unir los duplicados a los registros que ya existen (agrega correos, teléfonos y campos vacíos nuevos; no cambia nada de lo ya guardado)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Elija un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 columnas</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>%1 lines read as Windows-1252</source>
        <translation>%1 líneas leídas como Windows-1252</translation>
    </message>
    <message>
        <source>Import column {header} as</source>
        <translation>Importar la columna {header} como</translation>
    </message>
    <message>
        <source>%1. Choose below what each of them holds (or “%2” for one) before importing.</source>
        <translation>%1. Elija abajo qué contiene cada una (o “%2” para una) antes de importar.</translation>
    </message>
    <message>
        <source>&amp;Leave out the {value} that cannot be read and import the {value2} that can</source>
        <translation>&amp;Dejar fuera {value} que no se pueden leer e importar {value2} que sí</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>{ok} to import, {duplicates}, {errors} cannot be read</source>
        <translation>{ok} por importar, {duplicates}, {errors} no se pueden leer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates merged</source>
        <translation>
            <numerusform>%Ln duplicado unido</numerusform>
            <numerusform>%Ln duplicados unidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates skipped</source>
        <translation>
            <numerusform>%Ln duplicado omitido</numerusform>
            <numerusform>%Ln duplicados omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>In the first %1 of %2 rows: </source>
        <translation>En las primeras %1 de %2 filas: </translation>
    </message>
    <message>
        <source>&amp;Import all %1 rows</source>
        <translation>&amp;Importar las %1 filas</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln people</source>
        <translation>
            <numerusform>&amp;Importar %Ln persona</numerusform>
            <numerusform>&amp;Importar %Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln organizations</source>
        <translation>
            <numerusform>&amp;Importar %Ln organización</numerusform>
            <numerusform>&amp;Importar %Ln organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what each column named alike holds</source>
        <translation>Diga qué contiene cada columna con el mismo nombre</translation>
    </message>
    <message>
        <source>Fix the rows in red in the file, or tick the box to leave them out</source>
        <translation>Corrija en el archivo las filas en rojo, o marque la casilla para dejarlas fuera</translation>
    </message>
    <message>
        <source>&amp;Stop import</source>
        <translation>&amp;Detener la importación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{value}. Undo with Ctrl+Z.</source>
        <translation>{value}. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was imported.</source>
        <translation>Se detuvo la importación; no se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>the import stopped on an unexpected error ({exc})</source>
        <translation>la importación se detuvo por un error inesperado ({exc})</translation>
    </message>
</context>
<context>
    <name>Importdialog</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <source>coalition-{kind}.csv</source>
        <translation>coalicion-{kind}.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export {kind}: {exc}</source>
        <translation>No se pudo exportar {kind}: {exc}</translation>
    </message>
    <message>
        <source>Could not write {target}: {value}</source>
        <translation>No se pudo escribir {target}: {value}</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Agenda item</source>
        <translation>Punto de agenda</translation>
    </message>
    <message>
        <source>What the coalition talks about</source>
        <translation>De qué habla la coalición</translation>
    </message>
    <message>
        <source>Who leads it</source>
        <translation>Quién lo dirige</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>no time box</source>
        <translation>sin tiempo fijo</translation>
    </message>
    <message>
        <source>The minutes this item may take on the call</source>
        <translation>Los minutos que puede tomar este punto en la llamada</translation>
    </message>
    <message>
        <source>Open items are carried into the next call</source>
        <translation>Las tareas pendientes pasan a la siguiente llamada</translation>
    </message>
    <message>
        <source>To prepare, links, context</source>
        <translation>Qué preparar, enlaces, contexto</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Qué se dijo</translation>
    </message>
    <message>
        <source>What was decided, if anything</source>
        <translation>Qué se decidió, si se decidió algo</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>Est&amp;ado</translation>
    </message>
    <message>
        <source>Time &amp;box</source>
        <translation>&amp;Tiempo</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Acta</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Decisión</translation>
    </message>
    <message>
        <source>Action item…</source>
        <translation>Tarea…</translation>
    </message>
    <message>
        <source>Record who owes what from this item</source>
        <translation>Registrar quién debe qué de este punto</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Take this item off the agenda (undo with Ctrl+Z)</source>
        <translation>Quitar este punto de la agenda (se deshace con Ctrl+Z)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this item (Ctrl+S)</source>
        <translation>Guardar este punto (Ctrl+S)</translation>
    </message>
    <message>
        <source>the agenda item “{title}”</source>
        <translation>el punto de agenda “{title}”</translation>
    </message>
    <message>
        <source>Choose an item of the agenda, or add one</source>
        <translation>Elija un punto de la agenda, o agregue uno</translation>
    </message>
    <message>
        <source>This item is no longer on the agenda (deleted, here or by another organizer): what you typed under it is not saved. Copy it before you leave it.</source>
        <translation>Este punto ya no está en la agenda (se eliminó, aquí o por otra persona): lo que escribió en él no se guarda. Cópielo antes de salir.</translation>
    </message>
    <message>
        <source>Edit agenda item “{title}”</source>
        <translation>Editar el punto de agenda “{title}”</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>This e-mail address is not complete or not valid: please check it.</source>
        <translation>Este correo electrónico está incompleto o no es válido: por favor, revíselo.</translation>
    </message>
    <message>
        <source>This is not a phone number we can call: write it with its area code, like 559-555-0142.</source>
        <translation>Este no es un número al que podamos llamar: escríbalo con su código de área, como 559-555-0142.</translation>
    </message>
    <message>
        <source>A ZIP code is five digits, like 93721 (or ZIP+4, like 93721-1234).</source>
        <translation>Un código postal tiene cinco dígitos, como 93721 (o ZIP+4, como 93721-1234).</translation>
    </message>
    <message>
        <source>Please give an e-mail address, or a phone number, or your name and ZIP code, so that we can reach you.</source>
        <translation>Por favor, indique un correo electrónico, o un número de teléfono, o su nombre y código postal, para que podamos comunicarnos con usted.</translation>
    </message>
    <message>
        <source>This name is too long.</source>
        <translation>Este nombre es demasiado largo.</translation>
    </message>
    <message>
        <source>The ZIP code %1 is in %2, and this event is in %3. Is it right?</source>
        <translation>El código postal %1 está en %2, y este evento es en %3. ¿Es correcto?</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>¡Gracias, %1!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>Sign up: %1</source>
        <translation>Inscríbase: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;ZIP code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>C&amp;ondado:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Who may contact you? Tick each group you agree to:</source>
        <translation>¿Quién puede comunicarse con usted? Marque cada grupo con el que esté de acuerdo:</translation>
    </message>
    <message>
        <source>I agree that %1 may contact me about its work.</source>
        <translation>Acepto que %1 se comunique conmigo sobre su trabajo.</translation>
    </message>
    <message>
        <source>Nothing you type here is shown to the next person.</source>
        <translation>Nada de lo que escriba aquí se le muestra a la siguiente persona.</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Inscribirme</translation>
    </message>
    <message>
        <source>Yes, it is right</source>
        <translation>Sí, es correcto</translation>
    </message>
    <message>
        <source>Let me fix it</source>
        <translation>Quiero corregirlo</translation>
    </message>
</context>
<context>
    <name>ListModel</name>
    <message>
        <source>{header}: this column cannot be sorted</source>
        <translation>{header}: esta columna no se puede ordenar</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Filter {value}… ({search_hint})</source>
        <translation>Filtrar {value}… ({search_hint})</translation>
    </message>
    <message>
        <source>New {value}</source>
        <translation>Agregar {value}</translation>
    </message>
    <message>
        <source>New {value} (Ctrl+N)</source>
        <translation>Agregar {value} (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete the selected {value} (Delete)</source>
        <translation>Eliminar la selección: {value} (Supr)</translation>
    </message>
    <message>
        <source>The list does not sort by “%1”.</source>
        <translation>La lista no se ordena por «%1».</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>Eliminado. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Saved; the {noun} is hidden by the current filter.</source>
        <translation>Guardado; el filtro actual oculta este registro ({noun}).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>No {records} match the filter.</source>
        <translation>Ningún registro de {records} coincide con el filtro.</translation>
    </message>
    <message>
        <source>No {records} yet. Press Ctrl+N to add one.</source>
        <translation>Todavía no hay {records}. Oprima Ctrl+N para agregar uno.</translation>
    </message>
    <message>
        <source>{value} {value2}</source>
        <translation>{value} {value2}</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organizaciones</translation>
    </message>
    <message>
        <source>No organizations yet. Press Ctrl+N to add one, or Ctrl+I to import a CSV.</source>
        <translation>Todavía no hay organizaciones. Oprima Ctrl+N para agregar una, o Ctrl+I para importar un CSV.</translation>
    </message>
    <message>
        <source>name, short name, tags, notes</source>
        <translation>nombre, nombre corto, etiquetas, notas</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>No people yet. Press Ctrl+N to add one, or Ctrl+I to import a CSV.</source>
        <translation>Todavía no hay personas. Oprima Ctrl+N para agregar una, o Ctrl+I para importar un CSV.</translation>
    </message>
    <message>
        <source>name, e-mail, organization, notes</source>
        <translation>nombre, correo, organización, notas</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>campañas</translation>
    </message>
    <message>
        <source>name, description</source>
        <translation>nombre, descripción</translation>
    </message>
</context>
<context>
    <name>MailAccountDialog</name>
    <message>
        <source>Mail account</source>
        <translation>Cuenta de correo</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465, 993)</source>
        <translation>TLS desde el inicio (puerto 465, 993)</translation>
    </message>
    <message>
        <source>None: a trusted network only</source>
        <translation>Ninguna: solo en una red de confianza</translation>
    </message>
    <message>
        <source>Choose a provider to fill in its servers…</source>
        <translation>Elija un proveedor para llenar sus servidores…</translation>
    </message>
    <message>
        <source>Sending server port</source>
        <translation>Puerto del servidor de salida</translation>
    </message>
    <message>
        <source>Dana Reyes, Red Oregon</source>
        <translation>Dana Reyes, Red Oregon</translation>
    </message>
    <message>
        <source>usually the address itself</source>
        <translation>por lo general, la misma dirección</translation>
    </message>
    <message>
        <source>kept already: type to change it</source>
        <translation>ya guardada: escriba para cambiarla</translation>
    </message>
    <message>
        <source>an app password, where the provider asks for one</source>
        <translation>una contraseña de aplicación, si el proveedor la pide</translation>
    </message>
    <message>
        <source>imap.example.org (empty: replies not read)</source>
        <translation>imap.example.org (vacío: no se leen respuestas)</translation>
    </message>
    <message>
        <source>Receiving server port</source>
        <translation>Puerto del servidor de entrada</translation>
    </message>
    <message>
        <source>Send on its own: invitations, agendas and minutes as they fall due</source>
        <translation>Enviar por su cuenta: invitaciones, agendas y actas en cuanto toca</translation>
    </message>
    <message>
        <source>Send each person a weekly digest of their open action items</source>
        <translation>Enviar a cada persona un resumen semanal de sus tareas pendientes</translation>
    </message>
    <message>
        <source>to the from address</source>
        <translation>a la dirección del remitente</translation>
    </message>
    <message>
        <source>Invitations, agendas and minutes go out through your own mail account, from your address; replies to invitations are read back from its mailbox.</source>
        <translation>Las invitaciones, agendas y actas salen por su propia cuenta de correo, desde su dirección; las respuestas a las invitaciones se leen de vuelta de su buzón.</translation>
    </message>
    <message>
        <source>P&amp;rovider</source>
        <translation>P&amp;roveedor</translation>
    </message>
    <message>
        <source>Outgoing &amp;server</source>
        <translation>&amp;Servidor de salida</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Se&amp;guridad</translation>
    </message>
    <message>
        <source>&amp;From address</source>
        <translation>&amp;Dirección del remitente</translation>
    </message>
    <message>
        <source>From &amp;name</source>
        <translation>&amp;Nombre del remitente</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Replies &amp;mailbox</source>
        <translation>&amp;Buzón de respuestas</translation>
    </message>
    <message>
        <source>Mailbox s&amp;ecurity</source>
        <translation>S&amp;eguridad del buzón</translation>
    </message>
    <message>
        <source>&amp;Test to</source>
        <translation>&amp;Probar con</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keyring, never in a file.</source>
        <translation>Se guarda en el llavero de esta computadora, nunca en un archivo.</translation>
    </message>
    <message>
        <source>No keyring here: sealed in the database if it is encrypted,
else kept only until you quit.</source>
        <translation>No hay llavero aquí: se sella en la base de datos si está cifrada;
si no, se guarda solo hasta que cierre el programa.</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>Enviar un mensaje de &amp;prueba</translation>
    </message>
    <message>
        <source>the outgoing (SMTP) server&apos;s host name is needed</source>
        <translation>falta el nombre del servidor de salida (SMTP)</translation>
    </message>
    <message>
        <source>a host name has no spaces, slashes or @: smtp.example.org</source>
        <translation>un nombre de servidor no lleva espacios, barras ni @: smtp.example.org</translation>
    </message>
    <message>
        <source>the address mail comes from is needed</source>
        <translation>falta la dirección desde la que sale el correo</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address (one looks like dana@example.org)</source>
        <translation>“{address}” no es un correo electrónico (uno se ve así: dana@example.org)</translation>
    </message>
    <message>
        <source>the name is one line</source>
        <translation>el nombre va en una sola línea</translation>
    </message>
    <message>
        <source>a host name has no spaces, slashes or @: imap.example.org</source>
        <translation>un nombre de servidor no lleva espacios, barras ni @: imap.example.org</translation>
    </message>
    <message>
        <source>with no security the password would cross the network readable: choose STARTTLS or TLS</source>
        <translation>sin seguridad, la contraseña viajaría legible por la red: elija STARTTLS o TLS</translation>
    </message>
    <message>
        <source>the password is needed, once; it is kept safely</source>
        <translation>falta la contraseña, una sola vez; se guarda de forma segura</translation>
    </message>
    <message>
        <source>Set up the mail account</source>
        <translation>Configurar la cuenta de correo</translation>
    </message>
    <message>
        <source>Change how mail is sent</source>
        <translation>Cambiar cómo se envía el correo</translation>
    </message>
    <message>
        <source>Mail account saved: {address} through {host}. {note}</source>
        <translation>Cuenta de correo guardada: {address} a través de {host}. {note}</translation>
    </message>
    <message>
        <source>A test message went to {to}: look for it in that mailbox.</source>
        <translation>Se envió un mensaje de prueba a {to}: búsquelo en ese buzón.</translation>
    </message>
</context>
<context>
    <name>MailSender</name>
    <message>
        <source>&amp;Mail account…</source>
        <translation>&amp;Cuenta de correo…</translation>
    </message>
    <message>
        <source>The mail account invitations, agendas and minutes go out through</source>
        <translation>La cuenta de correo por la que salen las invitaciones, agendas y actas</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Bandeja de salida…</translation>
    </message>
    <message>
        <source>What waits to be sent, what went, what failed</source>
        <translation>Lo que espera envío, lo que salió, lo que falló</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>Send everything due, without waiting</source>
        <translation>Enviar todo lo pendiente, sin esperar</translation>
    </message>
    <message>
        <source>&amp;Read replies</source>
        <translation>&amp;Leer respuestas</translation>
    </message>
    <message>
        <source>Read the answers to invitations from the mailbox into who is coming</source>
        <translation>Leer del buzón las respuestas a las invitaciones y anotar quién viene</translation>
    </message>
    <message>
        <source>Read a reply from a &amp;file…</source>
        <translation>Leer una respuesta desde un &amp;archivo…</translation>
    </message>
    <message>
        <source>An .eml or .ics answer saved from a mail client (or drop it on the window)</source>
        <translation>Una respuesta .eml o .ics guardada desde un programa de correo (o suéltela sobre la ventana)</translation>
    </message>
    <message>
        <source>&amp;Unmatched replies…</source>
        <translation>Respuestas &amp;sin asignar…</translation>
    </message>
    <message>
        <source>Replies from addresses not in the directory, and those set aside</source>
        <translation>Respuestas de direcciones que no están en el directorio, y las que se dejaron aparte</translation>
    </message>
    <message>
        <source>No mail account yet: set one up in File → Mail account….</source>
        <translation>Todavía no hay cuenta de correo: configure una en Archivo → Cuenta de correo….</translation>
    </message>
    <message>
        <source>Sending mail {done} of {total}…</source>
        <translation>Enviando correo: {done} de {total}…</translation>
    </message>
    <message>
        <source>Sending mail…</source>
        <translation>Enviando correo…</translation>
    </message>
    <message numerus="yes">
        <source>Mail sent: %Ln messages.</source>
        <translation>
            <numerusform>Correo enviado: %Ln mensaje.</numerusform>
            <numerusform>Correo enviado: %Ln mensajes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipients refused by the server: see the outbox.</source>
        <translation>
            <numerusform>El servidor rechazó %Ln destinatario: vea la bandeja de salida.</numerusform>
            <numerusform>El servidor rechazó %Ln destinatarios: vea la bandeja de salida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing sending mail…</source>
        <translation>Terminando de enviar el correo…</translation>
    </message>
    <message>
        <source>Through {host} as {address}</source>
        <translation>A través de {host} como {address}</translation>
    </message>
    <message>
        <source>Sent by hand only: Mail → Send now.</source>
        <translation>Solo se envía a mano: Correo → Enviar ahora.</translation>
    </message>
    <message>
        <source>Mail: {n} waiting</source>
        <translation>Correo: {n} en espera</translation>
    </message>
    <message>
        <source>No mail account yet: File → Mail account…</source>
        <translation>Todavía no hay cuenta de correo: Archivo → Cuenta de correo…</translation>
    </message>
    <message>
        <source>Mail waiting: {reason}</source>
        <translation>Correo en espera: {reason}</translation>
    </message>
    <message>
        <source>Tried again every minute, and after each change.</source>
        <translation>Se vuelve a intentar cada minuto, y después de cada cambio.</translation>
    </message>
    <message>
        <source>Mail sent {time}</source>
        <translation>Correo enviado {time}</translation>
    </message>
    <message>
        <source>Mail: nothing to send</source>
        <translation>Correo: nada que enviar</translation>
    </message>
    <message>
        <source>Click to send now.</source>
        <translation>Haga clic para enviar ahora.</translation>
    </message>
    <message>
        <source>No mailbox to read replies from: give its server in File → Mail account….</source>
        <translation>No hay buzón del que leer respuestas: indique su servidor en Archivo → Cuenta de correo….</translation>
    </message>
    <message>
        <source>Reading replies from {host}…</source>
        <translation>Leyendo respuestas de {host}…</translation>
    </message>
    <message>
        <source>The replies could not be read: {reason}</source>
        <translation>No se pudieron leer las respuestas: {reason}</translation>
    </message>
    <message>
        <source>The reply could not be read: {reason}</source>
        <translation>No se pudo leer la respuesta: {reason}</translation>
    </message>
    <message>
        <source>Read a reply</source>
        <translation>Leer una respuesta</translation>
    </message>
    <message>
        <source>Replies (*.eml *.ics);;All files (*)</source>
        <translation>Respuestas (*.eml *.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;Correo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Goals, growth, this week&apos;s call, what is overdue and waiting</source>
        <translation>Metas, crecimiento, la llamada de esta semana, lo atrasado y lo pendiente</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Allied groups, their chapters, pages and members</source>
        <translation>Grupos aliados, sus capítulos, páginas y miembros</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Everyone in the coalition, their addresses and memberships</source>
        <translation>Todas las personas de la coalición, sus direcciones y membresías</translation>
    </message>
    <message>
        <source>Campaigns &amp; Endorsements</source>
        <translation>Campañas y respaldos</translation>
    </message>
    <message>
        <source>What can be endorsed, and who endorsed it</source>
        <translation>Lo que se puede respaldar, y quién lo respaldó</translation>
    </message>
    <message>
        <source>Endorsement matrix</source>
        <translation>Matriz de respaldos</translation>
    </message>
    <message>
        <source>Endorsers down, campaigns across</source>
        <translation>Quienes respaldan en las filas, campañas en las columnas</translation>
    </message>
    <message>
        <source>State map</source>
        <translation>Mapa de estados</translation>
    </message>
    <message>
        <source>Where the coalition has representatives and pages</source>
        <translation>Dónde tiene la coalición representantes y páginas</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>The weekly call: agendas, minutes, attendance</source>
        <translation>La llamada semanal: agendas, actas, asistencia</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Who owes what, across calls</source>
        <translation>Quién debe qué, de una llamada a otra</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Shared messages, a variant per audience, sign-offs</source>
        <translation>Mensajes compartidos, una versión por público, aprobaciones</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Proposals put to the member organizations, one ballot each, and their outcomes</source>
        <translation>Propuestas sometidas a las organizaciones miembro, una boleta por cada una, y sus resultados</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Fairs, conventions and campus tables: shifts, check-ins, sign-ups</source>
        <translation>Ferias, convenciones y mesas en los campus: turnos, llegadas, inscripciones</translation>
    </message>
    <message>
        <source>Areas</source>
        <extracomment>The first area is shown with its data (as kept, or computed from the database).</extracomment>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>The database this window works on</source>
        <translation>La base de datos con la que trabaja esta ventana</translation>
    </message>
    <message>
        <source>Opening {location}…</source>
        <translation>Abriendo {location}…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Nobody set up (read only)</source>
        <translation>Nadie configurado (solo lectura)</translation>
    </message>
    <message>
        <source>Saved your edits first; undo again to undo them.</source>
        <translation>Primero se guardaron sus cambios; deshaga otra vez para deshacerlos.</translation>
    </message>
    <message>
        <source>Saved your edits: there is nothing left to redo.</source>
        <translation>Se guardaron sus cambios: ya no queda nada por rehacer.</translation>
    </message>
    <message>
        <source>Undid: {label}</source>
        <translation>Se deshizo: {label}</translation>
    </message>
    <message>
        <source>Redid: {label}</source>
        <translation>Se rehízo: {label}</translation>
    </message>
    <message>
        <source>Sample coalition loaded: {summary}. Undo with Ctrl+Z.</source>
        <translation>Coalición de ejemplo cargada: {summary}. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Open a Coalition database</source>
        <translation>Abrir una base de datos de Coalition</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>{name}: double-click to open the campaign</source>
        <translation>{name}: haga doble clic para abrir la campaña</translation>
    </message>
    <message>
        <source>{name} (person): double-click to open</source>
        <translation>{name} (persona): haga doble clic para abrir</translation>
    </message>
    <message>
        <source>{name} (organization): double-click to open</source>
        <translation>{name} (organización): haga doble clic para abrir</translation>
    </message>
    <message>
        <source>{who} — {what}: nothing recorded. Click to record an endorsement.</source>
        <translation>{who} — {what}: no hay nada registrado. Haga clic para registrar un respaldo.</translation>
    </message>
    <message>
        <source>Condition: {condition}</source>
        <translation>Condición: {condition}</translation>
    </message>
    <message>
        <source>{who} — {what}: {status}</source>
        <translation>{who} — {what}: {status}</translation>
    </message>
    <message>
        <source>Click for its history.</source>
        <translation>Haga clic para ver su historial.</translation>
    </message>
</context>
<context>
    <name>MatrixScreen</name>
    <message>
        <source>Filter endorsers…</source>
        <translation>Filtrar quién respalda…</translation>
    </message>
    <message>
        <source>Record endorsement…</source>
        <translation>Registrar respaldo…</translation>
    </message>
    <message>
        <source>Record an endorsement by anyone, of any campaign</source>
        <translation>Registrar un respaldo de cualquiera, a cualquier campaña</translation>
    </message>
    <message>
        <source>Endorsers and the campaigns they endorsed</source>
        <translation>Quienes respaldan y las campañas que respaldaron</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>No endorsement of a campaign is recorded yet.
Record one here, or open a campaign in Campaigns &amp; Endorsements.</source>
        <translation>Todavía no hay respaldos de campañas registrados.
Registre uno aquí, o abra una campaña en Campañas y respaldos.</translation>
    </message>
    <message>
        <source>{label} {n}</source>
        <translation>{label} {n}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements: {status}</source>
        <translation>
            <numerusform>%Ln respaldo: {status}</numerusform>
            <numerusform>%Ln respaldos: {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsers</source>
        <translation>
            <numerusform>%Ln respalda</numerusform>
            <numerusform>%Ln respaldan</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {endorsers}</source>
        <translation>{shown} de {endorsers}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaigns</source>
        <translation>
            <numerusform>%Ln campaña</numerusform>
            <numerusform>%Ln campañas</numerusform>
        </translation>
    </message>
    <message>
        <source>{endorsers} × {value}</source>
        <translation>{endorsers} × {value}</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Add a membership — {person_name}</source>
        <translation>Agregar una membresía — {person_name}</translation>
    </message>
    <message>
        <source>Edit a membership — {person_name}</source>
        <translation>Editar una membresía — {person_name}</translation>
    </message>
    <message>
        <source>Type or choose the organization</source>
        <translation>Escriba o elija la organización</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>state representative, chair, member…</source>
        <translation>representante estatal, presidencia, miembro…</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Leave empty while the membership lasts</source>
        <translation>Déjelo vacío mientras dure la membresía</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>CA, if they speak for a state</source>
        <translation>CA, si habla por un estado</translation>
    </message>
    <message>
        <source>The state this person represents the organization in; it counts toward the states goal</source>
        <translation>El estado en que esta persona representa a la organización; cuenta para la meta de estados</translation>
    </message>
    <message>
        <source>Re&amp;presents</source>
        <translation>Re&amp;presenta</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>there are no organizations yet: add one on the Organizations screen</source>
        <translation>todavía no hay organizaciones: agregue una en la pantalla Organizaciones</translation>
    </message>
    <message>
        <source>choose the organization this membership is in</source>
        <translation>elija la organización de esta membresía</translation>
    </message>
    <message>
        <source>Add {person} to {organization}</source>
        <translation>Agregar a {person} a {organization}</translation>
    </message>
    <message>
        <source>Edit {person}&apos;s membership in {organization}</source>
        <translation>Editar la membresía de {person} en {organization}</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>What changed (kept with the revision)</source>
        <translation>Qué cambió (se guarda con la revisión)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Forget the changes not yet saved</source>
        <translation>Olvidar los cambios sin guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save as a new revision (Ctrl+S)</source>
        <translation>Guardar como una revisión nueva (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move this week&apos;s call</source>
        <translation>Mover la llamada de esta semana</translation>
    </message>
    <message>
        <source>{title}, usually {value}.</source>
        <translation>{title}, normalmente {value}.</translation>
    </message>
    <message>
        <source>{title}, now {value}.</source>
        <translation>{title}, ahora {value}.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>&amp;New time</source>
        <translation>&amp;Nueva hora</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the call will be at %4</source>
        <translation>Las %1 no existen el %2 en %3: la llamada será a las %4</translation>
    </message>
    <message>
        <source>%1 happens twice on %2 in %3: the call will be at the first, %4, before the clocks go back</source>
        <translation>Las %1 ocurren dos veces el %2 en %3: la llamada será a la primera, %4, antes de atrasar los relojes</translation>
    </message>
    <message>
        <source>Move the call of {day} to {when}</source>
        <translation>Mover la llamada del {day} a {when}</translation>
    </message>
    <message>
        <source>Moved this week&apos;s call. Undo with Ctrl+Z.</source>
        <translation>Se movió la llamada de esta semana. Deshaga con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ObservationsDialog</name>
    <message>
        <source>Values of “{name}”</source>
        <translation>Valores de “{name}”</translation>
    </message>
    <message>
        <source>Where the number comes from (a tally, a report, a page&apos;s insights)</source>
        <translation>De dónde sale el número (un conteo, un informe, las estadísticas de una página)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Fuente</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>&amp;Add value</source>
        <translation>&amp;Agregar valor</translation>
    </message>
    <message>
        <source>&amp;New value</source>
        <translation>&amp;Nuevo valor</translation>
    </message>
    <message>
        <source>De&amp;lete value</source>
        <translation>&amp;Eliminar valor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Save value</source>
        <translation>&amp;Guardar valor</translation>
    </message>
    <message>
        <source>Value deleted. Undo with Ctrl+Z.</source>
        <translation>Valor eliminado. Deshaga con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>California National Party</source>
        <translation>Partido Nacional de California</translation>
    </message>
    <message>
        <source>S&amp;hort name</source>
        <translation>Nombre &amp;corto</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Part of</source>
        <translation>&amp;Parte de</translation>
    </message>
    <message>
        <source>&amp;State or region</source>
        <translation>&amp;Estado o región</translation>
    </message>
    <message>
        <source>CA, or a region</source>
        <translation>CA, o una región</translation>
    </message>
    <message>
        <source>&amp;Founded</source>
        <translation>&amp;Fundada</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Sitio web</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Situ&amp;ación</translation>
    </message>
    <message>
        <source>&amp;Legal class</source>
        <translation>Figura &amp;legal</translation>
    </message>
    <message>
        <source>What the law makes of the group; it decides what it shares by default (a 501(c)(3)&apos;s contacts stay private to it)</source>
        <translation>Lo que el grupo es ante la ley; decide lo que comparte por omisión (los contactos de una 501(c)(3) quedan privados)</translation>
    </message>
    <message>
        <source>&amp;Finance</source>
        <translation>Finan&amp;zas</translation>
    </message>
    <message>
        <source>Coordinated with the campaigns</source>
        <translation>Coordinada con las campañas</translation>
    </message>
    <message>
        <source>Independent of the campaigns</source>
        <translation>Independiente de las campañas</translation>
    </message>
    <message>
        <source>For campaign finance purposes: does the group coordinate with the campaigns?</source>
        <translation>Para fines de financiamiento de campañas: ¿el grupo se coordina con las campañas?</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>E&amp;tiquetas</translation>
    </message>
    <message>
        <source>founding partner, multi-state</source>
        <translation>socio fundador, varios estados</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Separe las etiquetas con comas</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <source>Social &amp;pages</source>
        <translation>Pá&amp;ginas en redes</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>&amp;Who can see</source>
        <translation>&amp;Quién puede ver</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Double-click a member to open them</source>
        <translation>Haga doble clic en un miembro para abrir su ficha</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>No members recorded yet.</source>
        <translation>Todavía no hay miembros registrados.</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Agregar {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
</context>
<context>
    <name>OrganizationsScreen</name>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier situación</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message numerus="yes">
        <source>its %Ln memberships</source>
        <translation>
            <numerusform>su membresía</numerusform>
            <numerusform>sus %Ln membresías</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements by or of it</source>
        <translation>
            <numerusform>%Ln respaldo dado o recibido</numerusform>
            <numerusform>%Ln respaldos dados o recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln chapters stay, without a parent.</source>
        <translation>
            <numerusform>Su capítulo se queda, sin organización madre.</numerusform>
            <numerusform>Sus %Ln capítulos se quedan, sin organización madre.</numerusform>
        </translation>
    </message>
    <message>
        <source>This also deletes {what}.</source>
        <translation>También se borra: {what}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>¿Eliminar {name}?</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar {name}</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed, tried again</source>
        <translation>Falló, se vuelve a intentar</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Shift reminder</source>
        <translation>Recordatorio de turno</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <source>Nothing here: the outbox is empty.</source>
        <translation>No hay nada: la bandeja de salida está vacía.</translation>
    </message>
    <message>
        <source>&amp;Cancel message</source>
        <translation>&amp;Cancelar el mensaje</translation>
    </message>
    <message>
        <source>Take the selected messages out before they go</source>
        <translation>Sacar los mensajes seleccionados antes de que salgan</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Send the selected messages again, the same message as before</source>
        <translation>Volver a enviar los mensajes seleccionados, el mismo mensaje de antes</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Enviar &amp;ahora</translation>
    </message>
    <message>
        <source>Send everything due now; the window stays free</source>
        <translation>Enviar ahora todo lo pendiente; la ventana sigue libre</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>again at {time}</source>
        <translation>otra vez a las {time}</translation>
    </message>
    <message>
        <source>not before {time}</source>
        <translation>no antes de las {time}</translation>
    </message>
    <message numerus="yes">
        <source>Tried %Ln times</source>
        <translation>
            <numerusform>Se intentó una vez</numerusform>
            <numerusform>Se intentó %Ln veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages cancelled: they will not go (Resend puts them back).</source>
        <translation>
            <numerusform>%Ln mensaje cancelado: no saldrá (Reenviar lo devuelve).</numerusform>
            <numerusform>%Ln mensajes cancelados: no saldrán (Reenviar los devuelve).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages back in the outbox, sent with the next run.</source>
        <translation>
            <numerusform>%Ln mensaje de vuelta en la bandeja de salida; sale con el próximo envío.</numerusform>
            <numerusform>%Ln mensajes de vuelta en la bandeja de salida; salen con el próximo envío.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages sent.</source>
        <translation>
            <numerusform>%Ln mensaje enviado.</numerusform>
            <numerusform>%Ln mensajes enviados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed and will be tried again.</source>
        <translation>
            <numerusform>%Ln falló y se volverá a intentar.</numerusform>
            <numerusform>%Ln fallaron y se volverán a intentar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln wait for you to see their series&apos; first messages.</source>
        <translation>
            <numerusform>%Ln espera a que usted vea los primeros mensajes de su serie.</numerusform>
            <numerusform>%Ln esperan a que usted vea los primeros mensajes de su serie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sending stopped.</source>
        <translation>Se detuvo el envío.</translation>
    </message>
    <message>
        <source>Nothing could be sent: {why}</source>
        <translation>No se pudo enviar nada: {why}</translation>
    </message>
    <message>
        <source>Nothing was due to be sent.</source>
        <translation>No había nada pendiente de envío.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Choose a passphrase — {APP_NAME}</source>
        <translation>Elija una frase de contraseña — {APP_NAME}</translation>
    </message>
    <message>
        <source>Choose a passphrase for this database</source>
        <translation>Elija una frase de contraseña para esta base de datos</translation>
    </message>
    <message>
        <source>Your coalition&apos;s data will be encrypted on this computer.</source>
        <translation>Los datos de su coalición se cifrarán en esta computadora.</translation>
    </message>
    <message>
        <source>Your coalition&apos;s data is encrypted on this computer.</source>
        <translation>Los datos de su coalición están cifrados en esta computadora.</translation>
    </message>
    <message>
        <source>There is no keyring here to keep its key, so Coalition will ask for this passphrase each time it starts. Use at least {count} characters; a few unrelated words are easy to remember and hard to guess. Without it, the data cannot be opened by anyone, you included.</source>
        <translation>Aquí no hay llavero para guardar su clave, así que Coalition pedirá esta frase de contraseña cada vez que se abra. Use al menos {count} caracteres; unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar. Sin ella, nadie puede abrir los datos, ni usted.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>Database: {value}</source>
        <translation>Base de datos: {value}</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Cifrar</translation>
    </message>
    <message>
        <source>A passphrase needs at least {MIN_PASSPHRASE} characters.</source>
        <translation>Una frase de contraseña necesita al menos {MIN_PASSPHRASE} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Coalition server password</source>
        <translation>Contraseña del servidor de la coalición</translation>
    </message>
    <message>
        <source>Password of {user} on {host}</source>
        <translation>Contraseña de {user} en {host}</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring</source>
        <translation>Recordarla en el llavero de esta computadora</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>Representatives only</source>
        <translation>Solo representantes</translation>
    </message>
    <message>
        <source>Only the people who represent an organization in a state</source>
        <translation>Solo las personas que representan a una organización en un estado</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Todas las organizaciones</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln memberships</source>
        <translation>
            <numerusform>%Ln membresía</numerusform>
            <numerusform>%Ln membresías</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln endorsements they made</source>
        <translation>
            <numerusform>%Ln respaldo que dio</numerusform>
            <numerusform>%Ln respaldos que dio</numerusform>
        </translation>
    </message>
    <message>
        <source>This also deletes their {what}.</source>
        <translation>También se borra: {what}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>¿Eliminar {name}?</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar {name}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Representa</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Jane Doe</source>
        <translation>Juana Pérez</translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation>&amp;Correos</translation>
    </message>
    <message>
        <source>jane@example.org
(one address per line)</source>
        <translation>juana@ejemplo.org
(una dirección por línea)</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Teléfonos</translation>
    </message>
    <message>
        <source>+1 916-555-0142
(one number per line)</source>
        <translation>+1 916-555-0142
(un número por línea)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;ZIP code</source>
        <translation>Código &amp;postal</translation>
    </message>
    <message>
        <source>94110</source>
        <translation>94110</translation>
    </message>
    <message>
        <source>Fresno</source>
        <translation>Fresno</translation>
    </message>
    <message>
        <source>Co&amp;unty</source>
        <translation>Con&amp;dado</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>en, es…</source>
        <translation>es, en…</translation>
    </message>
    <message>
        <source>A language code: en, es, en-US</source>
        <translation>Un código de idioma: en, es, es-MX</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Times are shown to this person in this zone</source>
        <translation>A esta persona se le muestran las horas en esta zona</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>&amp;Who can see</source>
        <translation>&amp;Quién puede ver</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Membresías</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Change the selected membership</source>
        <translation>Cambiar la membresía seleccionada</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Q&amp;uitar</translation>
    </message>
    <message>
        <source>Remove the selected membership (asks first)</source>
        <translation>Quitar la membresía seleccionada (pregunta antes)</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Agregar {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>This person may be in the directory already: open them above, or Save anyway.</source>
        <translation>Es posible que esta persona ya esté en el directorio: ábrala arriba, o elija Guardar de todos modos.</translation>
    </message>
    <message>
        <source>Add this person to an organization</source>
        <translation>Agregar a esta persona a una organización</translation>
    </message>
    <message>
        <source>Remove {person} from {organization}</source>
        <translation>Quitar a {person} de {organization}</translation>
    </message>
    <message>
        <source>{what}?</source>
        <translation>¿{what}?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>no one called “{name}” is in the directory</source>
        <translation>no hay nadie llamado “{name}” en el directorio</translation>
    </message>
</context>
<context>
    <name>PetitionBatchesDialog</name>
    <message>
        <source>Petition batches</source>
        <translation>Lotes de firmas</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Only counts are kept here, never a signer&apos;s name or address: California&apos;s Elections Code §18650 forbids using a petition&apos;s signatures for anything but qualifying the measure. The sheets go to the county; Coalition keeps the numbers.</source>
        <translation>Aquí solo se guardan cifras, nunca el nombre ni la dirección de quien firma: el Código Electoral de California (§18650) prohíbe usar las firmas de una petición para cualquier otro fin que no sea calificar la medida. Las hojas van al condado; Coalition guarda los números.</translation>
    </message>
    <message>
        <source>Why only counts are kept</source>
        <translation>Por qué solo se guardan cifras</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaña:</translation>
    </message>
    <message>
        <source>Choose a batch to change or verify it.</source>
        <translation>Elija un lote para cambiarlo o verificarlo.</translation>
    </message>
    <message>
        <source>Sacramento</source>
        <translation>Sacramento</translation>
    </message>
    <message>
        <source>when the county has checked</source>
        <translation>cuando el condado lo haya revisado</translation>
    </message>
    <message>
        <source>The name written on the batch</source>
        <translation>El nombre escrito en el lote</translation>
    </message>
    <message>
        <source>No event</source>
        <translation>Sin evento</translation>
    </message>
    <message>
        <source>&amp;Day collected</source>
        <translation>&amp;Día de recogida</translation>
    </message>
    <message>
        <source>C&amp;ounty</source>
        <translation>C&amp;ondado</translation>
    </message>
    <message>
        <source>&amp;Raw signatures</source>
        <translation>Firmas &amp;recogidas</translation>
    </message>
    <message>
        <source>&amp;Verified valid</source>
        <translation>&amp;Verificadas válidas</translation>
    </message>
    <message>
        <source>Day veri&amp;fied</source>
        <translation>Día de veri&amp;ficación</translation>
    </message>
    <message>
        <source>Co&amp;llector</source>
        <translation>Reco&amp;lector</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>E&amp;vento</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Add batch</source>
        <translation>&amp;Añadir lote</translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation>Ver&amp;ificar</translation>
    </message>
    <message>
        <source>Give the chosen batch its verified count and day, nothing else changed</source>
        <translation>Dar al lote elegido su cifra y día de verificación, sin cambiar nada más</translation>
    </message>
    <message>
        <source>Ne&amp;w batch</source>
        <translation>Nuevo lo&amp;te</translation>
    </message>
    <message>
        <source>Dele&amp;te batch</source>
        <translation>Eli&amp;minar lote</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recogido</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Recolector</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Recogidas</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificadas</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válidas</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Valid (of verified)</source>
        <translation>Válidas (de las verificadas)</translation>
    </message>
    <message>
        <source>Signatures by county</source>
        <translation>Firmas por condado</translation>
    </message>
    <message>
        <source>Signatures by collector</source>
        <translation>Firmas por recolector</translation>
    </message>
    <message>
        <source>&amp;Batches</source>
        <translation>Lote&amp;s</translation>
    </message>
    <message>
        <source>By co&amp;unty</source>
        <translation>Por co&amp;ndado</translation>
    </message>
    <message>
        <source>B&amp;y collector</source>
        <translation>&amp;Por recolector</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>Choose the campaign whose petition the batches are for.</source>
        <translation>Elija la campaña a cuya petición pertenecen los lotes.</translation>
    </message>
    <message>
        <source>No batches yet for this campaign.</source>
        <translation>Todavía no hay lotes para esta campaña.</translation>
    </message>
    <message>
        <source>{rate} found valid in the verified batches</source>
        <translation>{rate} válidas en los lotes verificados</translation>
    </message>
    <message>
        <source>{rate} expected valid until a batch is verified</source>
        <translation>{rate} válidas esperadas hasta que se verifique un lote</translation>
    </message>
    <message>
        <source>{raw} raw · {projected} projected valid · {verified} verified ({batches}, {verified_batches} verified; {rate})</source>
        <translation>{raw} recogidas · {projected} válidas previstas · {verified} verificadas ({batches}, {verified_batches} verificados; {rate})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batches</source>
        <translation>
            <numerusform>%Ln lote</numerusform>
            <numerusform>%Ln lotes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save batch</source>
        <translation>&amp;Guardar lote</translation>
    </message>
    <message>
        <source>Mark this batch as not verified?</source>
        <translation>¿Marcar este lote como no verificado?</translation>
    </message>
    <message>
        <source>The verified count is empty: the batch&apos;s verified signatures leave the totals. To verify it, type the count the county gave.</source>
        <translation>El conteo verificado está vacío: las firmas verificadas del lote salen de los totales. Para verificarlo, escriba el conteo que dio el condado.</translation>
    </message>
    <message>
        <source>Mark not verified</source>
        <translation>Marcar como no verificado</translation>
    </message>
    <message>
        <source>Batch marked not verified. Undo with Ctrl+Z.</source>
        <translation>Lote marcado como no verificado. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Batch verified. Undo with Ctrl+Z.</source>
        <translation>Lote verificado. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Batch deleted. Undo with Ctrl+Z.</source>
        <translation>Lote eliminado. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>America/Los_Angeles</source>
        <translation>America/Los_Angeles</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Choose the kiosk&apos;s PIN</source>
        <translation>Elija el PIN del quiosco</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits. It is asked to leave the sign-up form, so that nobody at the table can see anything else.</source>
        <translation>Elija un PIN de 4 a 8 dígitos. Se pide para salir del formulario de inscripción, para que nadie en la mesa pueda ver nada más.</translation>
    </message>
    <message>
        <source>Leave the sign-up form</source>
        <translation>Salir del formulario de inscripción</translation>
    </message>
    <message>
        <source>Type the kiosk&apos;s PIN, or the database&apos;s passphrase, to leave the sign-up form.</source>
        <translation>Escriba el PIN del quiosco, o la frase de contraseña de la base de datos, para salir del formulario de inscripción.</translation>
    </message>
    <message>
        <source>Type the kiosk&apos;s PIN to leave the sign-up form.</source>
        <translation>Escriba el PIN del quiosco para salir del formulario de inscripción.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;otra vez:</translation>
    </message>
    <message>
        <source>The PIN is 4 to 8 digits.</source>
        <translation>El PIN tiene de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden: escriba el mismo PIN dos veces.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Demasiados intentos fallidos: espere %n segundo y vuelva a intentarlo.</numerusform>
            <numerusform>Demasiados intentos fallidos: espere %n segundos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the kiosk&apos;s PIN. The form stays open.</source>
        <translation>Ese no es el PIN del quiosco. El formulario sigue abierto.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Before the first {kind} go</source>
        <translation>Antes de que salgan las primeras {kind}</translation>
    </message>
    <message>
        <source>“{title}” is about to send its first {kind}</source>
        <translation>“{title}” está por enviar sus primeras {kind}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages, one per participant.</source>
        <translation>
            <numerusform>%Ln mensaje, uno por participante.</numerusform>
            <numerusform>%Ln mensajes, uno por participante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look them over: once you let them go, this series sends its {kind} on its own from now on.</source>
        <translation>Revíselos: una vez que los deje salir, esta serie enviará sus {kind} por su cuenta de aquí en adelante.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>Keep them in the outbox, unsent; asked again when Coalition starts</source>
        <translation>Dejarlos en la bandeja de salida, sin enviar; se vuelve a preguntar cuando Coalition se abra</translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <translation>Para: {recipient}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
    <message>
        <source>Let “{title}” send its {kind}</source>
        <translation>Dejar que “{title}” envíe sus {kind}</translation>
    </message>
</context>
<context>
    <name>PrivateBox</name>
    <message>
        <source>Private to this laptop —
never sent to the coalition server</source>
        <translation>Privado de esta computadora —
nunca se envía al servidor de la coalición</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Who is using {app}?</source>
        <translation>¿Quién está usando {app}?</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Agregar un perfil</translation>
    </message>
    <message>
        <source>Another organizer</source>
        <translation>Otra persona organizadora</translation>
    </message>
    <message>
        <source>Every change you make is credited to you and the organization you act for: in each record&apos;s history, and on the coalition&apos;s server. This computer&apos;s login is never used.</source>
        <translation>Cada cambio que haga queda a su nombre y al de la organización que representa: en el historial de cada registro y en el servidor de la coalición. Nunca se usa el usuario de esta computadora.</translation>
    </message>
    <message>
        <source>Your name, as others know you</source>
        <translation>Su nombre, como la conocen los demás</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>Your organization</source>
        <translation>Su organización</translation>
    </message>
    <message>
        <source>— the coalition itself (coordinators) —</source>
        <translation>— la coalición misma (coordinación) —</translation>
    </message>
    <message>
        <source>Choose one, or type a new organization&apos;s name</source>
        <translation>Elija una, o escriba el nombre de una organización nueva</translation>
    </message>
    <message>
        <source>Member: changes its own organization&apos;s records</source>
        <translation>Miembro: cambia los registros de su propia organización</translation>
    </message>
    <message>
        <source>Delegate: casts its organization&apos;s ballot; changes its records</source>
        <translation>Delegado/a: emite la boleta de su organización; cambia sus registros</translation>
    </message>
    <message>
        <source>Coordinator: the coalition&apos;s staff, changes all</source>
        <translation>Coordinación: el personal de la coalición, cambia todo</translation>
    </message>
    <message>
        <source>Observer: reads, changes nothing</source>
        <translation>Observador/a: lee, no cambia nada</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Only looking? Choose “Only look around”: the window opens for reading, and File → Switch profile… sets you up later.</source>
        <translation>¿Solo quiere mirar? Elija “Solo mirar”: la ventana se abre para leer, y Archivo → Cambiar de perfil… le configura después.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Add and switch</source>
        <translation>Agregar y cambiar</translation>
    </message>
    <message>
        <source>Only look around</source>
        <translation>Solo mirar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>New proposal</source>
        <extracomment>A proposal closes, unless told otherwise, a week from now at the next full hour.</extracomment>
        <translation>Nueva propuesta</translation>
    </message>
    <message>
        <source>Endorse the peaceful movement of state borders</source>
        <translation>Respaldar el movimiento pacífico de las fronteras estatales</translation>
    </message>
    <message>
        <source>Put to</source>
        <translation>Presentada en</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Sobre</translation>
    </message>
    <message>
        <source>C&amp;hoices</source>
        <translation>&amp;Opciones</translation>
    </message>
    <message>
        <source>&amp;Voters</source>
        <translation>&amp;Votantes</translation>
    </message>
    <message>
        <source>C&amp;loses</source>
        <translation>&amp;Cierra</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Regla</translation>
    </message>
    <message>
        <source> organizations</source>
        <translation> organizaciones</translation>
    </message>
    <message>
        <source>None: every ballot counts, however few</source>
        <translation>Ninguno: cuentan todas las boletas, aunque sean pocas</translation>
    </message>
    <message>
        <source>How many organizations must vote (abstaining counts) for the vote to count</source>
        <translation>Cuántas organizaciones deben votar (abstenerse cuenta) para que la votación valga</translation>
    </message>
    <message>
        <source>&amp;Quorum</source>
        <translation>&amp;Quórum</translation>
    </message>
    <message>
        <source>Results &amp;shown</source>
        <translation>Resultados &amp;visibles</translation>
    </message>
    <message>
        <source>An objection or a block needs a reason</source>
        <translation>Una objeción o un bloqueo necesita un motivo</translation>
    </message>
    <message>
        <source>The declaration lists the organizations that abstained</source>
        <translation>La declaración nombra a las organizaciones que se abstuvieron</translation>
    </message>
    <message>
        <source>Put the proposal</source>
        <translation>Presentar la propuesta</translation>
    </message>
    <message>
        <source>A text</source>
        <translation>Un texto</translation>
    </message>
    <message>
        <source>A shared draft</source>
        <translation>Un borrador compartido</translation>
    </message>
    <message>
        <source>What the organizations are asked to adopt</source>
        <translation>Lo que se pide adoptar a las organizaciones</translation>
    </message>
    <message>
        <source>Adopted, the draft becomes the published declaration</source>
        <translation>Una vez adoptado, el borrador se vuelve la declaración publicada</translation>
    </message>
    <message>
        <source>Consent: approve, object, abstain</source>
        <translation>Consentimiento: aprobar, objetar, abstenerse</translation>
    </message>
    <message>
        <source>Named options</source>
        <translation>Opciones con nombre</translation>
    </message>
    <message>
        <source>Option A; Option B; Option C</source>
        <translation>Opción A; Opción B; Opción C</translation>
    </message>
    <message>
        <source>The options, separated by semicolons</source>
        <translation>Las opciones, separadas por punto y coma</translation>
    </message>
    <message>
        <source>Every active member organization ({count})</source>
        <translation>Todas las organizaciones miembro activas ({count})</translation>
    </message>
    <message>
        <source>Only those checked</source>
        <translation>Solo las marcadas</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Quiénes votan</translation>
    </message>
    <message>
        <source>Voting closes</source>
        <translation>Cierre de la votación</translation>
    </message>
    <message>
        <source>The wall-clock time in the zone beside it</source>
        <translation>La hora de reloj en la zona horaria de al lado</translation>
    </message>
    <message>
        <source>More approvals than objections; a tie does not carry.</source>
        <translation>Más aprobaciones que objeciones; un empate no basta.</translation>
    </message>
    <message>
        <source>At least two approvals for every objection.</source>
        <translation>Al menos dos aprobaciones por cada objeción.</translation>
    </message>
    <message>
        <source>No block, and one approval at least.</source>
        <translation>Ningún bloqueo, y al menos una aprobación.</translation>
    </message>
    <message>
        <source>The option chosen by more than half of those not abstaining.</source>
        <translation>La opción elegida por más de la mitad de quienes no se abstienen.</translation>
    </message>
    <message>
        <source>The option chosen by two thirds of those not abstaining.</source>
        <translation>La opción elegida por dos tercios de quienes no se abstienen.</translation>
    </message>
    <message>
        <source>Consensus is for consent decisions only.</source>
        <translation>El consenso es solo para las decisiones por consentimiento.</translation>
    </message>
    <message>
        <source>that is not a time zone we know</source>
        <translation>esa no es una zona horaria que conozcamos</translation>
    </message>
    <message>
        <source>check the organizations that vote</source>
        <translation>marque las organizaciones que votan</translation>
    </message>
    <message>
        <source>Closing time in the past</source>
        <translation>Hora de cierre ya pasada</translation>
    </message>
    <message>
        <source>The closing time, {when}, has already passed: the proposal would close as soon as it is put, with no ballots. Put it all the same?</source>
        <translation>La hora de cierre, {when}, ya pasó: la propuesta se cerraría en cuanto se presente, sin boletas. ¿Presentarla de todos modos?</translation>
    </message>
    <message>
        <source>Put the proposal “{title}”</source>
        <translation>Presentar la propuesta “{title}”</translation>
    </message>
</context>
<context>
    <name>ProxiesDialog</name>
    <message>
        <source>Proxies</source>
        <translation>Poderes de voto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>En manos de</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Otorgado por</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No proxy given yet: Give a proxy… records one.</source>
        <translation>Todavía no se ha otorgado ningún poder: Otorgar un poder de voto… registra uno.</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes the last proxy given or revoked.</source>
        <translation>Ctrl+Z deshace el último poder otorgado o revocado.</translation>
    </message>
    <message>
        <source>&amp;Give a proxy…</source>
        <translation>&amp;Otorgar un poder de voto…</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>End the proxy selected; ballots already cast by it stay as they were</source>
        <translation>Terminar el poder seleccionado; las boletas ya emitidas con él se quedan como están</translation>
    </message>
    <message>
        <source>An organization lets another&apos;s delegate cast its ballot: for one proposal, or for every proposal until revoked. Times are this computer&apos;s.</source>
        <translation>Una organización deja que el delegado o la delegada de otra emita su boleta: para una propuesta, o para todas hasta que se revoque. Las horas son las de esta computadora.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>The last change is not a proxy: close this to undo it.</source>
        <translation>El último cambio no es un poder de voto: cierre esto para deshacerlo.</translation>
    </message>
    <message>
        <source>Undone: {change}.</source>
        <translation>Deshecho: {change}.</translation>
    </message>
    <message>
        <source>Revoke {org}&apos;s proxy held by {holder}</source>
        <translation>Revocar el poder de voto de {org} que tiene {holder}</translation>
    </message>
    <message>
        <source>Only {org}&apos;s organizers or a coordinator can revoke its proxy.</source>
        <translation>Solo quienes organizan en {org} o la coordinación pueden revocar su poder de voto.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message numerus="yes">
        <source>Wrote %Ln people to {target}.

This file is not encrypted; keep it safe.</source>
        <translation>
            <numerusform>Se escribió %Ln persona en {target}.

Este archivo no está cifrado; guárdelo en un lugar seguro.</numerusform>
            <numerusform>Se escribieron %Ln personas en {target}.

Este archivo no está cifrado; guárdelo en un lugar seguro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{approved} of %Ln variants approved</source>
        <translation>
            <numerusform>{approved} de %Ln versión aprobada</numerusform>
            <numerusform>{approved} de %Ln versiones aprobadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Suggest a correction…</source>
        <translation>Sugerir una corrección…</translation>
    </message>
    <message>
        <source>Send a coordinator what should change here; they apply it or say why not</source>
        <translation>Envíe a quien coordina lo que debería cambiar aquí; lo aplica o le explica por qué no</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Read-only. {reason}</source>
        <translation>Solo lectura. {reason}</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Every change to this record: when, by whom, on which computer</source>
        <translation>Cada cambio a este registro: cuándo, quién, en qué computadora</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Forget the changes not yet saved</source>
        <translation>Olvidar los cambios sin guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>the {kind} “{name}”</source>
        <translation>{kind} «{name}»</translation>
    </message>
    <message>
        <source>the new {kind} “{name}”</source>
        <translation>{kind} nuevo: «{name}»</translation>
    </message>
    <message>
        <source>the new {kind}</source>
        <translation>{kind} nuevo</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key — {APP_NAME}</source>
        <translation>Su clave de recuperación — {APP_NAME}</translation>
    </message>
    <message>
        <source>Keep this recovery key somewhere safe</source>
        <translation>Guarde esta clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>Your coalition&apos;s data is being encrypted on this computer.</source>
        <translation>Los datos de su coalición se están cifrando en esta computadora.</translation>
    </message>
    <message>
        <source>Your coalition&apos;s data is encrypted on this computer.</source>
        <translation>Los datos de su coalición están cifrados en esta computadora.</translation>
    </message>
    <message>
        <source>{what} Its key is kept in this computer&apos;s keyring, so Coalition opens without asking. If the keyring is lost, or you move the database to another computer, this recovery key is the only way to open it. Write it down or print it, and keep it apart from this laptop. It is shown only now.</source>
        <translation>{what} Su clave se guarda en el llavero de esta computadora, así que Coalition se abre sin preguntar. Si se pierde el llavero, o si lleva la base de datos a otra computadora, esta clave de recuperación es la única forma de abrirla. Anótela o imprímala, y guárdela lejos de esta computadora. Solo se muestra ahora.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the recovery key, to paste it into a password manager</source>
        <translation>Copiar la clave de recuperación, para pegarla en un gestor de contraseñas</translation>
    </message>
    <message>
        <source>Database: {value}</source>
        <translation>Base de datos: {value}</translation>
    </message>
    <message>
        <source>I have written down or saved the recovery key</source>
        <translation>Ya anoté o guardé la clave de recuperación</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>RegistrationsDialog</name>
    <message>
        <source>Registrations and pledges</source>
        <translation>Registros y compromisos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Pledges include the sign-ups that answered yes to the pledge question.</source>
        <translation>Los compromisos incluyen las inscripciones que respondieron que sí a la pregunta del compromiso.</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Pledges to register</source>
        <translation>Compromisos de registrarse</translation>
    </message>
    <message>
        <source>Yolo</source>
        <translation>Yolo</translation>
    </message>
    <message>
        <source>No event</source>
        <translation>Sin evento</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>&amp;Cantidad</translation>
    </message>
    <message>
        <source>C&amp;ounty</source>
        <translation>C&amp;ondado</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>E&amp;vento</translation>
    </message>
    <message>
        <source>&amp;Reported by</source>
        <translation>&amp;Informado por</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Add report</source>
        <translation>&amp;Añadir informe</translation>
    </message>
    <message>
        <source>Ne&amp;w report</source>
        <translation>Nuevo in&amp;forme</translation>
    </message>
    <message>
        <source>Dele&amp;te report</source>
        <translation>Eli&amp;minar informe</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Informados</translation>
    </message>
    <message>
        <source>At sign-up</source>
        <translation>En la inscripción</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Totals by county</source>
        <translation>Totales por condado</translation>
    </message>
    <message>
        <source>Totals by event</source>
        <translation>Totales por evento</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Informe&amp;s</translation>
    </message>
    <message>
        <source>By co&amp;unty</source>
        <translation>Por co&amp;ndado</translation>
    </message>
    <message>
        <source>By e&amp;vent</source>
        <translation>Por even&amp;to</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>{registrations} registrations reported · {pledges} pledges ({signed} of them given at sign-up)</source>
        <translation>{registrations} registros informados · {pledges} compromisos ({signed} de ellos en la inscripción)</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>&amp;Save report</source>
        <translation>&amp;Guardar informe</translation>
    </message>
    <message>
        <source>Report deleted. Undo with Ctrl+Z.</source>
        <translation>Informe eliminado. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Rekey</name>
    <message>
        <source>Make a new recovery key?</source>
        <translation>¿Crear una clave de recuperación nueva?</translation>
    </message>
    <message>
        <source>The database and its backups are encrypted again under a new key. The recovery key you have now stops opening them; the new one is shown once, before anything changes.</source>
        <translation>La base de datos y sus copias se vuelven a cifrar con una clave nueva. La clave de recuperación que tiene ahora deja de abrirlas; la nueva se muestra una sola vez, antes de que cambie nada.</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Crear una clave nueva</translation>
    </message>
    <message>
        <source>Nothing changed: the recovery key you have still opens the database.</source>
        <translation>No cambió nada: la clave de recuperación que tiene sigue abriendo la base de datos.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>due {day}, {late} days late</source>
        <translation>vence el {day}, {late} días de atraso</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>{coalition_name}: report of {value}</source>
        <translation>{coalition_name}: informe del {value}</translation>
    </message>
    <message>
        <source>Where the coalition stands · {value}</source>
        <translation>Dónde está la coalición · {value}</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>No goals set yet.</source>
        <translation>Todavía no hay metas.</translation>
    </message>
    <message>
        <source>States: representatives in {represented}, pages only in {pages_only} (goal {goal})</source>
        <translation>Estados: representantes en {represented}, solo páginas en {pages_only} (meta {goal})</translation>
    </message>
    <message>
        <source>This week&apos;s call</source>
        <translation>La llamada de esta semana</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Próxima llamada</translation>
    </message>
    <message>
        <source>No call planned in the next eight weeks.</source>
        <translation>No hay llamadas planeadas en las próximas ocho semanas.</translation>
    </message>
    <message>
        <source>Overdue action items ({overdue_total})</source>
        <translation>Tareas atrasadas ({overdue_total})</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nada atrasado.</translation>
    </message>
    <message>
        <source>Nothing waits for a sign-off.</source>
        <translation>Nada espera una aprobación.</translation>
    </message>
    <message>
        <source>Growth over time</source>
        <translation>Crecimiento en el tiempo</translation>
    </message>
    <message>
        <source>Dashed: the target. Dotted: where the pace of the last four weeks leads (red when it misses the deadline). Upright line: the deadline.</source>
        <translation>Línea discontinua: la meta. Punteada: adónde lleva el ritmo de las últimas cuatro semanas (en rojo si no llega a la fecha límite). Línea vertical: la fecha límite.</translation>
    </message>
    <message>
        <source>The coalition</source>
        <translation>La coalición</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Backups are of the database on this computer, not of a server.</source>
        <translation>Las copias son de la base de datos de esta computadora, no de un servidor.</translation>
    </message>
    <message>
        <source>Restore the backup of {when}?</source>
        <translation>¿Restaurar la copia de seguridad del {when}?</translation>
    </message>
    <message>
        <source>Everything changed since then is set aside: the database as it is now is kept as a backup, which you can restore the same way.</source>
        <translation>Todo lo que cambió desde entonces se deja aparte: la base de datos tal como está ahora se guarda como copia, que puede restaurar de la misma manera.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The backup was not restored: {exc}</source>
        <translation>No se restauró la copia: {exc}</translation>
    </message>
    <message>
        <source>Restored the backup of {when}; the database as it was is kept in {kept}</source>
        <translation>Se restauró la copia del {when}; la base de datos como estaba se guarda en {kept}</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Sign-ups to review</source>
        <translation>Inscripciones por revisar</translation>
    </message>
    <message>
        <source>These sign-ups found someone already in the directory. Check that each is the same person: what was typed is beside what the directory has.</source>
        <translation>Estas inscripciones coincidieron con alguien que ya está en el directorio. Compruebe que cada una es la misma persona: lo que se escribió aparece junto a lo que tiene el directorio.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Typed at the table&lt;/b&gt;</source>
        <translation>&lt;b&gt;Escrito en la mesa&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;In the directory&lt;/b&gt;</source>
        <translation>&lt;b&gt;En el directorio&lt;/b&gt;</translation>
    </message>
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
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <source>&amp;Looks right</source>
        <translation>&amp;Está bien</translation>
    </message>
    <message>
        <source>&amp;Open person</source>
        <translation>&amp;Abrir la persona</translation>
    </message>
    <message>
        <source>Matched by the same e-mail address.</source>
        <translation>Coincide por el mismo correo electrónico.</translation>
    </message>
    <message>
        <source>Matched by the same phone number.</source>
        <translation>Coincide por el mismo número de teléfono.</translation>
    </message>
    <message>
        <source>Matched by the same name in the same ZIP code.</source>
        <translation>Coincide por el mismo nombre en el mismo código postal.</translation>
    </message>
    <message>
        <source>Nothing to review: every match has been looked at.</source>
        <translation>Nada por revisar: ya se revisaron todas las coincidencias.</translation>
    </message>
    <message>
        <source>Review a sign-up</source>
        <translation>Revisar una inscripción</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add a row</source>
        <translation>Agregar una fila</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Quitar la fila seleccionada</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>↑ ↓ to move · Enter to open · Esc to close</source>
        <translation>↑ ↓ para moverse · Intro para abrir · Esc para cerrar</translation>
    </message>
    <message>
        <source>Find anything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>Find an organization, a person or a campaign…</source>
        <translation>Buscar una organización, una persona o una campaña…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Type to search organizations, people and campaigns.</source>
        <translation>Escriba para buscar organizaciones, personas y campañas.</translation>
    </message>
    <message>
        <source>Search is not available on this database.</source>
        <translation>La búsqueda no está disponible en esta base de datos.</translation>
    </message>
    <message>
        <source>Only the first %1 words are searched</source>
        <translation>Solo se buscan las primeras %1 palabras</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>Nada coincide con «%1»</translation>
    </message>
    <message>
        <source>First {n} results</source>
        <translation>Primeros {n} resultados</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Edit call series</source>
        <translation>Editar la serie de llamadas</translation>
    </message>
    <message>
        <source>New call series</source>
        <translation>Nueva serie de llamadas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Items every call&apos;s agenda starts with</source>
        <translation>Puntos con los que empieza la agenda de cada llamada</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>Agregar serie</translation>
    </message>
    <message>
        <source>Weekly coalition call</source>
        <translation>Llamada semanal de la coalición</translation>
    </message>
    <message>
        <source>The day of the first call (YYYY-MM-DD)</source>
        <translation>El día de la primera llamada (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>The wall-clock time in the call&apos;s zone (17:30, or 5:30 PM)</source>
        <translation>La hora de reloj en la zona horaria de la llamada (17:30, o 5:30 PM)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repetir cada</translation>
    </message>
    <message>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sin fin</translation>
    </message>
    <message>
        <source>The last day a call may fall on (YYYY-MM-DD); empty: no end</source>
        <translation>El último día en que puede caer una llamada (AAAA-MM-DD); vacío: sin fin</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>Qué semana del mes</translation>
    </message>
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
        <source>Day of the week</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>on the</source>
        <translation>el</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <source>Who runs the call</source>
        <translation>Quién dirige la llamada</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Invited to every call: a group means its current state representatives</source>
        <translation>Invitados a cada llamada: un grupo equivale a sus representantes estatales actuales</translation>
    </message>
    <message>
        <source>Group or person to add</source>
        <translation>Grupo o persona que quiere agregar</translation>
    </message>
    <message>
        <source>Type a group or a person…</source>
        <translation>Escriba un grupo o una persona…</translation>
    </message>
    <message>
        <source>{name} (group)</source>
        <translation>{name} (grupo)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;First call</source>
        <translation>&amp;Primera llamada</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>&amp;Se repite</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Join link</source>
        <translation>&amp;Enlace para unirse</translation>
    </message>
    <message>
        <source>&amp;Dial-in</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Organizer</source>
        <translation>&amp;Quién organiza</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>&amp;Standing items</source>
        <translation>&amp;Puntos fijos</translation>
    </message>
    <message>
        <source>&amp;Sends</source>
        <translation>&amp;Envía</translation>
    </message>
    <message>
        <source>all calls</source>
        <translation>todas las llamadas</translation>
    </message>
    <message>
        <source>calls from</source>
        <translation>llamadas desde</translation>
    </message>
    <message>
        <source>Earlier calls keep the schedule they had (and their minutes)</source>
        <translation>Las llamadas anteriores conservan el horario que tenían (y sus actas)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>el</translation>
    </message>
    <message>
        <source>&amp;Apply to</source>
        <translation>&amp;Aplicar a</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the call will be at %4</source>
        <translation>Las %1 no existen el %2 en %3: la llamada será a las %4</translation>
    </message>
    <message>
        <source>%1 happens twice on %2 in %3: the call will be at the first, %4, before the clocks go back</source>
        <translation>Las %1 ocurren dos veces el %2 en %3: la llamada será a la primera, %4, antes de atrasar los relojes</translation>
    </message>
    <message>
        <source> {unit}</source>
        <translation> {unit}</translation>
    </message>
    <message>
        <source> {unit}s</source>
        <translation> {unit}</translation>
    </message>
    <message>
        <source>1: every month</source>
        <translation>1: cada mes</translation>
    </message>
    <message>
        <source>1: every week; 2: every other week</source>
        <translation>1: cada semana; 2: una semana sí y otra no</translation>
    </message>
    <message>
        <source>{name} (group: its state representatives)</source>
        <translation>{name} (grupo: sus representantes estatales)</translation>
    </message>
    <message>
        <source>choose the first call the change applies to</source>
        <translation>elija la primera llamada a la que se aplica el cambio</translation>
    </message>
    <message>
        <source>&apos;{minutes}&apos; is not a number of minutes (for “{title}”)</source>
        <translation>“{minutes}” no es una cantidad de minutos (en “{title}”)</translation>
    </message>
    <message>
        <source>Add call series “{title}”</source>
        <translation>Agregar la serie de llamadas “{title}”</translation>
    </message>
    <message>
        <source>Edit call series “{title}” from {day}</source>
        <translation>Editar la serie de llamadas “{title}” desde el {day}</translation>
    </message>
    <message>
        <source>Edit call series “{title}”</source>
        <translation>Editar la serie de llamadas “{title}”</translation>
    </message>
    <message>
        <source>Change what “{title}” sends</source>
        <translation>Cambiar lo que envía “{title}”</translation>
    </message>
</context>
<context>
    <name>SeriesMailBox</name>
    <message>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <source>Each participant gets the series as an invitation their calendar can accept, and an update after each change</source>
        <translation>Cada participante recibe la serie como una invitación que su calendario puede aceptar, y una actualización después de cada cambio</translation>
    </message>
    <message>
        <source>Agenda,</source>
        <translation>Agenda,</translation>
    </message>
    <message>
        <source>The agenda and the open action items, before each call</source>
        <translation>La agenda y las tareas pendientes, antes de cada llamada</translation>
    </message>
    <message>
        <source>Days before the call</source>
        <translation>Días antes de la llamada</translation>
    </message>
    <message>
        <source>A time of the series&apos; own zone (HH:MM)</source>
        <translation>Una hora en la zona horaria de la serie (HH:MM)</translation>
    </message>
    <message>
        <source>Minutes, once marked final</source>
        <translation>Acta, una vez marcada como final</translation>
    </message>
    <message>
        <source>The minutes and the new action items, when you mark them final</source>
        <translation>El acta y las nuevas tareas, cuando la marque como final</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>: the same day</source>
        <translation>: el mismo día</translation>
    </message>
    <message>
        <source> day before</source>
        <translation> día antes</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> días antes</translation>
    </message>
    <message>
        <source>the agenda&apos;s time is written HH:MM, like 10:00 (not “{text}”)</source>
        <translation>la hora de la agenda se escribe HH:MM, como 10:00 (no “{text}”)</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>disable — no TLS (a trusted network only)</source>
        <translation>disable — sin TLS (solo en una red de confianza)</translation>
    </message>
    <message>
        <source>allow — TLS only if the server insists</source>
        <translation>allow — TLS solo si el servidor lo exige</translation>
    </message>
    <message>
        <source>prefer — TLS when the server offers it</source>
        <translation>prefer — TLS cuando el servidor lo ofrece</translation>
    </message>
    <message>
        <source>require — always TLS, certificate not checked</source>
        <translation>require — siempre TLS, sin verificar el certificado</translation>
    </message>
    <message>
        <source>verify-ca — always TLS, certificate from a trusted authority</source>
        <translation>verify-ca — siempre TLS, certificado de una autoridad de confianza</translation>
    </message>
    <message>
        <source>verify-full — always TLS, certificate checked against the host</source>
        <translation>verify-full — siempre TLS, certificado verificado con el servidor</translation>
    </message>
    <message>
        <source>Coalition server</source>
        <translation>Servidor de la coalición</translation>
    </message>
    <message>
        <source>The coalition&apos;s PostgreSQL server, which every organizer&apos;s laptop syncs with. Its administrator gives you these details.</source>
        <translation>El servidor PostgreSQL de la coalición, con el que se sincroniza la computadora de cada organizador. Quien lo administra le da estos datos.</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>su nombre de usuario en el servidor</translation>
    </message>
    <message>
        <source>How the connection is encrypted (libpq&apos;s sslmode). Over the internet, use verify-full with the server&apos;s certificate authority in ~/.postgresql/root.crt.</source>
        <translation>Cómo se cifra la conexión (sslmode de libpq). Por internet, use verify-full con la autoridad certificadora del servidor en ~/.postgresql/root.crt.</translation>
    </message>
    <message>
        <source>kept already: type to change it</source>
        <translation>ya guardada: escriba para cambiarla</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>T&amp;LS</source>
        <translation>T&amp;LS</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Forget server</source>
        <translation>&amp;Olvidar el servidor</translation>
    </message>
    <message>
        <source>Stop syncing: remove the server&apos;s details and its password from this computer</source>
        <translation>Dejar de sincronizar: quitar de esta computadora los datos del servidor y su contraseña</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>Stop syncing with the coalition server?</source>
        <translation>¿Dejar de sincronizar con el servidor de la coalición?</translation>
    </message>
    <message>
        <source>{value} and its password are removed from this computer. Your data stays here; your changes wait until a server is set up again.</source>
        <translation>{value} y su contraseña se quitan de esta computadora. Sus datos se quedan aquí; sus cambios esperan hasta que se configure otra vez un servidor.</translation>
    </message>
    <message>
        <source>The coalition server is forgotten; nothing is synced any more.</source>
        <translation>Se olvidó el servidor de la coalición; ya no se sincroniza nada.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share {name}&apos;s private records</source>
        <translation>Compartir los registros privados de {name}</translation>
    </message>
    <message>
        <source>The organizers of the organization chosen will read {name}&apos;s private people, their e-mails and phones, until {name} stops sharing.</source>
        <translation>Quienes organizan en la organización elegida podrán leer las personas privadas de {name}, sus correos y teléfonos, hasta que {name} deje de compartirlos.</translation>
    </message>
    <message>
        <source>Share &amp;with</source>
        <translation>Compartir &amp;con</translation>
    </message>
    <message>
        <source>Why, or until when (optional)</source>
        <translation>Por qué, o hasta cuándo (opcional)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Compartir…</translation>
    </message>
</context>
<context>
    <name>SharingBox</name>
    <message>
        <source>Shares its private records with</source>
        <translation>Comparte sus registros privados con</translation>
    </message>
    <message>
        <source>These organizations&apos; organizers read this organization&apos;s private records</source>
        <translation>Quienes organizan en estas organizaciones leen los registros privados de esta</translation>
    </message>
    <message>
        <source>Share with…</source>
        <translation>Compartir con…</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Reads the private records of</source>
        <translation>Lee los registros privados de</translation>
    </message>
    <message>
        <source>No one: only its own organizers read them.</source>
        <translation>Nadie: solo los leen sus propios organizadores.</translation>
    </message>
    <message>
        <source>No organization shares its private records with it.</source>
        <translation>Ninguna organización le comparte sus registros privados.</translation>
    </message>
    <message>
        <source>{name} — since {day}, by {who}</source>
        <translation>{name} — desde el {day}, por {who}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Let another organization&apos;s organizers read these private records</source>
        <translation>Permitir que quienes organizan en otra organización lean estos registros privados</translation>
    </message>
    <message>
        <source>Choose an organization above, then stop sharing with it</source>
        <translation>Elija una organización arriba y luego deje de compartir con ella</translation>
    </message>
    <message>
        <source>Share {giver}&apos;s private records with {taker}?</source>
        <translation>¿Compartir los registros privados de {giver} con {taker}?</translation>
    </message>
    <message>
        <source>{taker}&apos;s organizers will read {giver}&apos;s private people, their e-mails and phones, and its other private records, on their own laptops, until {giver} stops sharing. You can undo this with Ctrl+Z.</source>
        <translation>Quienes organizan en {taker} leerán las personas privadas de {giver}, sus correos y teléfonos, y sus otros registros privados, en sus propias computadoras, hasta que {giver} deje de compartirlos. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Share {giver}&apos;s private records with {taker}</source>
        <translation>Compartir los registros privados de {giver} con {taker}</translation>
    </message>
    <message>
        <source>Stop sharing {giver}&apos;s private records with {taker}?</source>
        <translation>¿Dejar de compartir los registros privados de {giver} con {taker}?</translation>
    </message>
    <message>
        <source>{taker}&apos;s organizers will no longer read {giver}&apos;s private records: they leave {taker}&apos;s laptops at their next sync. You can undo this with Ctrl+Z.</source>
        <translation>Quienes organizan en {taker} ya no leerán los registros privados de {giver}: salen de sus computadoras en la próxima sincronización. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Stop sharing {giver}&apos;s private records with {taker}</source>
        <translation>Dejar de compartir los registros privados de {giver} con {taker}</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Edit shift</source>
        <translation>Editar turno</translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation>Agregar turno</translation>
    </message>
    <message>
        <source>Table, set-up, clean-up</source>
        <translation>Mesa, montaje, limpieza</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Comienza</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Termina</translation>
    </message>
    <message>
        <source>S&amp;lots</source>
        <translation>&amp;Puestos</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>StateTileMap</name>
    <message>
        <source>Representative</source>
        <translation>Con representante</translation>
    </message>
    <message>
        <source>Social page only</source>
        <translation>Solo página en redes</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>State coverage map</source>
        <translation>Mapa de cobertura por estado</translation>
    </message>
    <message numerus="yes">
        <source>Representatives in {represented} of %Ln states (goal)</source>
        <translation>
            <numerusform>Representantes en {represented} de %Ln estado (meta)</numerusform>
            <numerusform>Representantes en {represented} de %Ln estados (meta)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Representatives in %Ln states</source>
        <translation>
            <numerusform>Representantes en %Ln estado</numerusform>
            <numerusform>Representantes en %Ln estados</numerusform>
        </translation>
    </message>
    <message>
        <source>; pages only in {n} more</source>
        <translation>; solo páginas en {n} más</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>{platform} ({n} followers)</source>
        <translation>{platform} ({n} seguidores)</translation>
    </message>
</context>
<context>
    <name>StatesScreen</name>
    <message>
        <source>How many states the coalition wants representatives in</source>
        <translation>En cuántos estados quiere tener representantes la coalición</translation>
    </message>
    <message>
        <source>Goal in states</source>
        <translation>Meta de estados</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <source>states</source>
        <translation>estados</translation>
    </message>
    <message>
        <source>&amp;Representatives</source>
        <translation>&amp;Representantes</translation>
    </message>
    <message>
        <source>Organizations with &amp;pages</source>
        <translation>Organizaciones con &amp;páginas</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open.</source>
        <translation>Doble clic u Intro para abrir.</translation>
    </message>
    <message>
        <source>No state chosen</source>
        <translation>Ningún estado elegido</translation>
    </message>
    <message>
        <source>Choose a state on the map (click it, or move with the arrow keys and press Enter) to list its representatives and the organizations with pages there.</source>
        <translation>Elija un estado en el mapa (haga clic, o muévase con las flechas y oprima Intro) para ver sus representantes y las organizaciones con páginas ahí.</translation>
    </message>
    <message>
        <source>No representative yet.</source>
        <translation>Todavía no hay representantes.</translation>
    </message>
    <message>
        <source>No organization with a page here yet.</source>
        <translation>Todavía no hay organizaciones con página aquí.</translation>
    </message>
    <message>
        <source>Set the goal to {value} states</source>
        <translation>Fijar la meta en {value} estados</translation>
    </message>
    <message>
        <source>Could not save the goal: {exc}</source>
        <translation>No se pudo guardar la meta: {exc}</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggest a correction</source>
        <translation>Sugerir una corrección</translation>
    </message>
    <message>
        <source>Why (a source, who told you): optional</source>
        <translation>Por qué (una fuente, quién le dijo): opcional</translation>
    </message>
    <message>
        <source>To the coordinator</source>
        <translation>Para quien coordina</translation>
    </message>
    <message>
        <source>Send to a coordinator</source>
        <translation>Enviar a quien coordina</translation>
    </message>
    <message>
        <source>You may not change this record. Correct what is wrong below: a coordinator applies it or says why not (Sync → Suggestions).</source>
        <translation>Usted no puede cambiar este registro. Corrija abajo lo que está mal: quien coordina lo aplica o explica por qué no (Sincronizar → Sugerencias).</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>waiting for a coordinator</source>
        <translation>esperando a quien coordina</translation>
    </message>
    <message>
        <source>✓ applied</source>
        <translation>✓ aplicada</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>Suggested by {who}</source>
        <translation>Sugerida por {who}</translation>
    </message>
    <message>
        <source>“{note}”</source>
        <translation>“{note}”</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Leave the record as it is, and say why</source>
        <translation>Dejar el registro como está, y decir por qué</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Make the change: undo it with Ctrl+Z; it is sent at the next sync</source>
        <translation>Hacer el cambio: se deshace con Ctrl+Z; se envía en la próxima sincronización</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Changes organizers could not make themselves, sent to the coalition&apos;s coordinators. Apply one to make the change, or decline it with a reason.</source>
        <translation>Cambios que las personas organizadoras no pudieron hacer por su cuenta, enviados a la coordinación de la coalición. Aplique uno para hacer el cambio, o rechácelo con un motivo.</translation>
    </message>
    <message>
        <source>Changes your group sent to the coalition&apos;s coordinators, and what they decided. Send one from a change the server refused (Sync → Conflicts).</source>
        <translation>Cambios que su grupo envió a la coordinación de la coalición, y lo que se decidió. Envíe uno desde un cambio que el servidor rechazó (Sincronizar → Conflictos).</translation>
    </message>
    <message>
        <source>Show decided</source>
        <translation>Mostrar las decididas</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>1 suggestion to decide</source>
        <translation>1 sugerencia por decidir</translation>
    </message>
    <message>
        <source>{n} suggestions to decide</source>
        <translation>{n} sugerencias por decidir</translation>
    </message>
    <message>
        <source>No suggestions to decide</source>
        <translation>No hay sugerencias por decidir</translation>
    </message>
    <message>
        <source>1 suggestion waiting</source>
        <translation>1 sugerencia en espera</translation>
    </message>
    <message>
        <source>{n} suggestions waiting</source>
        <translation>{n} sugerencias en espera</translation>
    </message>
    <message>
        <source>No suggestions waiting</source>
        <translation>No hay sugerencias en espera</translation>
    </message>
    <message>
        <source>No suggestions so far.</source>
        <translation>Todavía no hay sugerencias.</translation>
    </message>
    <message>
        <source>Apply a suggestion: {title}</source>
        <translation>Aplicar una sugerencia: {title}</translation>
    </message>
    <message>
        <source>Decline a suggestion</source>
        <translation>Rechazar una sugerencia</translation>
    </message>
    <message>
        <source>Why is {title} staying as it is? The group that sent it reads this.</source>
        <translation>¿Por qué {title} se queda como está? El grupo que la envió leerá esto.</translation>
    </message>
    <message>
        <source>Decline a suggestion: {title}</source>
        <translation>Rechazar una sugerencia: {title}</translation>
    </message>
</context>
<context>
    <name>SwitchProfileDialog</name>
    <message>
        <source>Switch profile</source>
        <translation>Cambiar de perfil</translation>
    </message>
    <message>
        <source>Who is using this laptop?</source>
        <translation>¿Quién está usando esta computadora?</translation>
    </message>
    <message>
        <source>Changes are credited to the profile chosen here. On a laptop shared at an event, each organizer switches to their own.</source>
        <translation>Los cambios quedan a nombre del perfil que elija aquí. En una computadora compartida en un evento, cada persona cambia al suyo.</translation>
    </message>
    <message>
        <source>&amp;Add a profile…</source>
        <translation>&amp;Agregar un perfil…</translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{who}, {email}, {role}</source>
        <translation>{who}, {email}, {role}</translation>
    </message>
    <message>
        <source>{profile} (using now)</source>
        <translation>{profile} (en uso)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Send your changes to the coalition server and bring the others&apos; (F5)</source>
        <translation>Enviar sus cambios al servidor de la coalición y traer los de los demás (F5)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <source>What two organizers changed alike, and what was kept</source>
        <translation>Lo que dos personas cambiaron a la vez, y lo que se conservó</translation>
    </message>
    <message>
        <source>Su&amp;ggestions…</source>
        <translation>Su&amp;gerencias…</translation>
    </message>
    <message>
        <source>Changes organizers may not make themselves, sent to the coordinators</source>
        <translation>Cambios que las personas organizadoras no pueden hacer por su cuenta, enviados a la coordinación</translation>
    </message>
    <message>
        <source>Coalition &amp;server…</source>
        <translation>&amp;Servidor de la coalición…</translation>
    </message>
    <message>
        <source>The server this laptop syncs with, and its password</source>
        <translation>El servidor con el que se sincroniza esta computadora, y su contraseña</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Sin compartir</translation>
    </message>
    <message>
        <source>This laptop keeps its data to itself. To share it with the coalition, set up the server in Sync → Coalition server…</source>
        <translation>Esta computadora guarda sus datos para sí. Para compartirlos con la coalición, configure el servidor en Sincronizar → Servidor de la coalición…</translation>
    </message>
    <message>
        <source>Coalition server: {server}</source>
        <translation>Servidor de la coalición: {server}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 cambio en espera</translation>
    </message>
    <message>
        <source>{n} changes waiting</source>
        <translation>{n} cambios en espera</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflicto</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>{n} conflictos</translation>
    </message>
    <message>
        <source>Offline: {reason}</source>
        <translation>Sin conexión: {reason}</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Sincronizado {when}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Last synced {when}.</source>
        <translation>Última sincronización: {when}.</translation>
    </message>
    <message>
        <source>Click to review the conflicts.</source>
        <translation>Haga clic para revisar los conflictos.</translation>
    </message>
    <message>
        <source>Click to sync now ({shortcut}).</source>
        <translation>Haga clic para sincronizar ahora ({shortcut}).</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Ya hay una sincronización en curso.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>{stage} {done} of {total}</source>
        <translation>{stage} {done} de {total}</translation>
    </message>
    <message>
        <source>Finishing the sync…</source>
        <translation>Terminando la sincronización…</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>it stopped on an unexpected error ({error})</source>
        <translation>se detuvo por un error inesperado ({error})</translation>
    </message>
</context>
<context>
    <name>ThreadsPart</name>
    <message>
        <source>Revisions of</source>
        <translation>Revisiones de</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor/a</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Choose two revisions (Ctrl+click) to compare them</source>
        <translation>Elija dos revisiones (Ctrl+clic) para compararlas</translation>
    </message>
    <message>
        <source>Choose a revision to read it, or two (Ctrl+click) to see what changed between them.</source>
        <translation>Elija una revisión para leerla, o dos (Ctrl+clic) para ver qué cambió entre ellas.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Two revisions chosen: the one against the other. One: it against the latest</source>
        <translation>Dos revisiones elegidas: una contra la otra. Una: contra la más reciente</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Restaurar esta revisión</translation>
    </message>
    <message>
        <source>Make its text the current one again, as a new revision</source>
        <translation>Volver a hacer actual su texto, como una revisión nueva</translation>
    </message>
    <message>
        <source>Comments on</source>
        <translation>Comentarios sobre</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the chosen comment and its replies</source>
        <translation>Eliminar el comentario elegido y sus respuestas</translation>
    </message>
    <message>
        <source>Restore revision {number} of {what}</source>
        <translation>Restablecer la revisión {number} de {what}</translation>
    </message>
    <message>
        <source>Delete this comment?</source>
        <translation>¿Eliminar este comentario?</translation>
    </message>
    <message>
        <source>Its replies go with it. You can undo this with Ctrl+Z.</source>
        <translation>Sus respuestas se van con él. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>The variant for {audience} is on the clipboard as {form}.</source>
        <translation>La versión para {audience} está en el portapapeles como {form}.</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the message pack as {format}</source>
        <translation>Exportar el paquete de mensajes como {format}</translation>
    </message>
    <message>
        <source>Could not save {name}: {value}</source>
        <translation>No se pudo guardar {name}: {value}</translation>
    </message>
    <message>
        <source>Saved {target}.</source>
        <translation>Se guardó {target}.</translation>
    </message>
</context>
<context>
    <name>TimeZones</name>
    <message>
        <source>Pacific time</source>
        <translation>Hora del Pacífico</translation>
    </message>
    <message>
        <source>Mountain time</source>
        <translation>Hora de la Montaña</translation>
    </message>
    <message>
        <source>Arizona time (no daylight saving)</source>
        <translation>Hora de Arizona (sin horario de verano)</translation>
    </message>
    <message>
        <source>Central time</source>
        <translation>Hora del Centro</translation>
    </message>
    <message>
        <source>Eastern time</source>
        <translation>Hora del Este</translation>
    </message>
    <message>
        <source>Alaska time</source>
        <translation>Hora de Alaska</translation>
    </message>
    <message>
        <source>Hawaii time</source>
        <translation>Hora de Hawái</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock — {APP_NAME}</source>
        <translation>Desbloquear — {APP_NAME}</translation>
    </message>
    <message>
        <source>This database is encrypted</source>
        <translation>Esta base de datos está cifrada</translation>
    </message>
    <message>
        <source>Its key is not in this computer&apos;s keyring.</source>
        <translation>Su clave no está en el llavero de esta computadora.</translation>
    </message>
    <message>
        <source>{path}

{why} </source>
        <translation>{path}

{why} </translation>
    </message>
    <message>
        <source>Type its passphrase, or the recovery key you were given when it was set up (14 groups of four letters and digits).</source>
        <translation>Escriba su frase de contraseña, o la clave de recuperación que recibió al configurarla (14 grupos de cuatro letras y dígitos).</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Frase de contraseña o clave de recuperación</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keyring</source>
        <translation>Guardar la clave en el llavero de esta computadora</translation>
    </message>
    <message>
        <source>There is no keyring on this computer: the key is kept until you quit</source>
        <translation>No hay llavero en esta computadora: la clave se guarda hasta que cierre el programa</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
</context>
<context>
    <name>UnmatchedDialog</name>
    <message>
        <source>Unmatched replies</source>
        <translation>Respuestas sin asignar</translation>
    </message>
    <message>
        <source>Replies Coalition read but did not apply. An address not in the directory is never guessed: add it to the person it belongs to, then read the reply again (drop the saved message on the window).</source>
        <translation>Respuestas que Coalition leyó pero no aplicó. Una dirección que no está en el directorio nunca se adivina: agréguela a la persona a quien pertenece y vuelva a leer la respuesta (suelte el mensaje guardado sobre la ventana).</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Every reply read so far was matched.</source>
        <translation>Todas las respuestas leídas hasta ahora se asignaron.</translation>
    </message>
    <message>
        <source>Unknown address</source>
        <translation>Dirección desconocida</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Dejada aparte</translation>
    </message>
    <message>
        <source>Another time proposed</source>
        <translation>Se propuso otro horario</translation>
    </message>
</context>
<context>
    <name>VariantDialog</name>
    <message>
        <source>Edit variant</source>
        <translation>Editar la versión</translation>
    </message>
    <message>
        <source>New variant</source>
        <translation>Nueva versión</translation>
    </message>
    <message>
        <source>Red Oregon (empty: the state&apos;s or the group&apos;s name)</source>
        <translation>Red Oregon (vacío: el nombre del estado o del grupo)</translation>
    </message>
    <message>
        <source>SC or South Carolina: fills {state}</source>
        <translation>SC o South Carolina: llena {state}</translation>
    </message>
    <message>
        <source>The allied group this variant speaks to: fills {group}</source>
        <translation>El grupo aliado al que se dirige esta versión: llena {group}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>More merge fields: {field} in the text is replaced by its value</source>
        <translation>Más campos de combinación: {field} en el texto se reemplaza por su valor</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Público</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <source>&amp;More fields</source>
        <translation>&amp;Más campos</translation>
    </message>
    <message>
        <source>Another state, group or field changes the message as sent: the groups that answered are asked again.</source>
        <translation>Otro estado, grupo o campo cambia el mensaje tal como se envía: se vuelve a preguntar a los grupos que ya respondieron.</translation>
    </message>
    <message>
        <source>It starts from the core message; you tailor it once added.</source>
        <translation>Parte del mensaje central; usted la adapta una vez agregada.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Agregar versión</translation>
    </message>
    <message>
        <source>Add variant for {audience}</source>
        <translation>Agregar versión para {audience}</translation>
    </message>
    <message>
        <source>Edit variant for {audience}</source>
        <translation>Editar la versión para {audience}</translation>
    </message>
</context>
<context>
    <name>VariantsPart</name>
    <message>
        <source>Sign-offs</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>No variant chosen. Add one per state or group: Add….</source>
        <translation>No hay ninguna versión elegida. Agregue una por estado o grupo: Agregar….</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>A variant for another state or group, starting from the core message</source>
        <translation>Una versión para otro estado o grupo, a partir del mensaje central</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Audience, state, group and merge fields</source>
        <translation>Público, estado, grupo y campos de combinación</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insertar campo</translation>
    </message>
    <message>
        <source>Put a merge field at the cursor: each audience reads its own value</source>
        <translation>Poner un campo de combinación en el cursor: cada público lee su propio valor</translation>
    </message>
    <message>
        <source>Compare with core</source>
        <translation>Comparar con el mensaje central</translation>
    </message>
    <message>
        <source>This variant beside the core message, word by word</source>
        <translation>Esta versión junto al mensaje central, palabra por palabra</translation>
    </message>
    <message>
        <source>Tailor the core message to this audience</source>
        <translation>Adaptar el mensaje central a este público</translation>
    </message>
    <message>
        <source>With merge fields</source>
        <translation>Con campos de combinación</translation>
    </message>
    <message>
        <source>The text as this audience reads it: merge fields filled</source>
        <translation>El texto como lo lee este público: campos de combinación llenos</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>By, when</source>
        <translation>Quién, cuándo</translation>
    </message>
    <message>
        <source>Ask for sign-off…</source>
        <translation>Pedir aprobación…</translation>
    </message>
    <message>
        <source>Ask an allied group to approve this variant as it stands</source>
        <translation>Pedir a un grupo aliado que apruebe esta versión tal como está</translation>
    </message>
    <message>
        <source>Record answer…</source>
        <translation>Registrar respuesta…</translation>
    </message>
    <message>
        <source>Approve, request changes or decline, with the group&apos;s comment</source>
        <translation>Aprobar, pedir cambios o rechazar, con el comentario del grupo</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>No longer ask this group</source>
        <translation>Ya no pedírsela a este grupo</translation>
    </message>
    <message>
        <source>Not filled for {audience}: {names}. Give them a value (Edit…) or take them out.</source>
        <translation>Sin llenar para {audience}: {names}. Deles un valor (Editar…) o quítelos.</translation>
    </message>
    <message>
        <source>Delete the variant for {audience}?</source>
        <translation>¿Eliminar la versión para {audience}?</translation>
    </message>
    <message>
        <source>Its revisions, sign-offs and comments go with it. You can undo this with Ctrl+Z.</source>
        <translation>Sus revisiones, aprobaciones y comentarios se van con ella. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete the variant for {audience}</source>
        <translation>Eliminar la versión para {audience}</translation>
    </message>
    <message>
        <source>Edit the variant for {audience}</source>
        <translation>Editar la versión para {audience}</translation>
    </message>
    <message>
        <source>Saved. Voided the answer of {groups}, and asked again.</source>
        <translation>Guardado. Se anuló la respuesta de {groups} y se les volvió a preguntar.</translation>
    </message>
    <message>
        <source>Saved as a new revision. Undo with Ctrl+Z.</source>
        <translation>Guardado como una revisión nueva. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Core message</source>
        <translation>Mensaje central</translation>
    </message>
    <message>
        <source>Variant for {audience}</source>
        <translation>Versión para {audience}</translation>
    </message>
    <message>
        <source>No longer ask {group} to sign off {audience}</source>
        <translation>Dejar de pedir a {group} que apruebe {audience}</translation>
    </message>
    <message>
        <source>the state&apos;s name</source>
        <extracomment>A change to one of these can change what the screen shows (a group&apos;s name included). (text, background) of each status of a draft: the colours of the endorsement statuses with the same sense (asked: grey-blue, being looked at: amber, settled: green). A variant&apos;s state in the colour of the answer that decides it; &quot;in review&quot; is amber, as for a draft in review; nothing asked yet is a muted grey. What each merge field is filled with, for the menu that inserts them.</extracomment>
        <translation>el nombre del estado</translation>
    </message>
    <message>
        <source>the group&apos;s name (else the draft owner&apos;s)</source>
        <translation>el nombre del grupo (si no, el de quien es responsable del borrador)</translation>
    </message>
    <message>
        <source>the next coalition call, in the state&apos;s time</source>
        <translation>la próxima llamada de la coalición, en la hora del estado</translation>
    </message>
</context>
<context>
    <name>VisibilityChoice</name>
    <message>
        <source>Shared with the coalition</source>
        <translation>Compartido con la coalición</translation>
    </message>
    <message>
        <source>Shared: every member organization reads it. Private: only its own organization, those it shares with by agreement, and the coordinators.</source>
        <translation>Compartido: lo leen todas las organizaciones miembro. Privado: solo su propia organización, las organizaciones con las que comparte por acuerdo y la coordinación.</translation>
    </message>
    <message>
        <source>Private to {owner}</source>
        <translation>Privado de {owner}</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>Vote for {org}</source>
        <translation>Votar por {org}</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>By proxy: {org} gave yours its vote.</source>
        <translation>Por poder: {org} le dio su voto a la suya.</translation>
    </message>
    <message>
        <source>{org} has voted; a new ballot replaces it.</source>
        <translation>{org} ya votó; una boleta nueva reemplaza la anterior.</translation>
    </message>
    <message>
        <source>&amp;{number} {value}</source>
        <translation>&amp;{number} {value}</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Boleta</translation>
    </message>
    <message>
        <source>Needed for an objection or a block</source>
        <translation>Necesario para una objeción o un bloqueo</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Cast the ballot</source>
        <translation>Emitir la boleta</translation>
    </message>
    <message>
        <source>choose a ballot</source>
        <translation>elija una boleta</translation>
    </message>
    <message>
        <source>{choice} needs a reason</source>
        <translation>“{choice}” necesita un motivo</translation>
    </message>
    <message>
        <source>Vote for {org}: {choice}</source>
        <translation>Votar por {org}: {choice}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Le damos la bienvenida a {app}</translation>
    </message>
    <message>
        <source>{app} keeps your coalition&apos;s allies and who speaks for them in each state, the campaigns they back and who endorsed what, on this computer, with or without a network.</source>
        <translation>{app} guarda los aliados de su coalición y quién habla por ellos en cada estado, las campañas que apoyan y quién respaldó qué, en esta computadora, con o sin conexión.</translation>
    </message>
    <message>
        <source>Explore the sample coalition</source>
        <translation>Explorar la coalición de ejemplo</translation>
    </message>
    <message>
        <source>A small multi-state coalition with its groups, people, campaigns and endorsements. Undo (Ctrl+Z) removes it again.</source>
        <translation>Una pequeña coalición de varios estados con sus grupos, personas, campañas y respaldos. Deshacer (Ctrl+Z) la quita de nuevo.</translation>
    </message>
    <message>
        <source>Start with an empty coalition</source>
        <translation>Empezar con una coalición vacía</translation>
    </message>
    <message>
        <source>Add your first organization and the people in it yourself.</source>
        <translation>Agregue usted su primera organización y a las personas que la forman.</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file…</source>
        <translation>Importar contactos desde un archivo CSV…</translation>
    </message>
    <message>
        <source>From a spreadsheet or an export of Google Contacts or Outlook.</source>
        <translation>Desde una hoja de cálculo o una exportación de Google Contactos o de Outlook.</translation>
    </message>
    <message>
        <source>Your data is kept in {place}</source>
        <translation>Sus datos se guardan en {place}</translation>
    </message>
    <message>
        <source>The sample could not be loaded: {error}.</source>
        <translation>No se pudo cargar el ejemplo: {error}.</translation>
    </message>
    <message>
        <source>Sample coalition loaded: {organizations} organizations, {people} people, {campaigns} campaigns. Undo with Ctrl+Z.</source>
        <translation>Coalición de ejemplo cargada: {organizations} organizaciones, {people} personas, {campaigns} campañas. Deshaga con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Import contacts from CSV…</source>
        <translation>&amp;Importar contactos desde CSV…</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportar a CSV…</translation>
    </message>
    <message>
        <source>Import a c&amp;alendar (.ics)…</source>
        <translation>Importar un calen&amp;dario (.ics)…</translation>
    </message>
    <message>
        <source>Export the &amp;calendar (.ics)…</source>
        <translation>Exportar el &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <source>Load the &amp;sample coalition</source>
        <translation>Cargar la coalición de e&amp;jemplo</translation>
    </message>
    <message>
        <source>Switch &amp;profile…</source>
        <translation>Cambiar de &amp;perfil…</translation>
    </message>
    <message>
        <source>Who is using this laptop: switch to another organizer, or add one</source>
        <translation>Quién usa esta computadora: cambie a otro organizador u organizadora, o agregue a alguien</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Put a daily backup back in the place of this database</source>
        <translation>Poner una copia de seguridad diaria en lugar de esta base de datos</translation>
    </message>
    <message>
        <source>New recovery &amp;key…</source>
        <translation>&amp;Nueva clave de recuperación…</translation>
    </message>
    <message>
        <source>Encrypt the database and its backups under a new key</source>
        <translation>Cifrar la base de datos y sus copias de seguridad con una clave nueva</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo {label}</source>
        <translation>&amp;Deshacer: {label}</translation>
    </message>
    <message>
        <source>&amp;Redo {label}</source>
        <translation>&amp;Rehacer: {label}</translation>
    </message>
    <message>
        <source>&amp;Find anything…</source>
        <translation>&amp;Buscar en todo…</translation>
    </message>
    <message>
        <source>Search organizations, people, campaigns, drafts and proposals</source>
        <translation>Buscar organizaciones, personas, campañas, borradores y propuestas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>A&amp;cerca de {app}</translation>
    </message>
    <message>
        <source>Find anything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>The dashboard</source>
        <translation>El panel</translation>
    </message>
    <message>
        <source>Go to an area</source>
        <translation>Ir a una sección</translation>
    </message>
    <message>
        <source>Events: shifts and the sign-up table</source>
        <translation>Eventos: turnos y la mesa de inscripción</translation>
    </message>
    <message>
        <source>New record in the current list; the cursor starts in its first field</source>
        <translation>Nuevo registro en la lista actual; el cursor empieza en el primer campo</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <source>Save the record being edited</source>
        <translation>Guardar el registro que se está editando</translation>
    </message>
    <message>
        <source>Delete the selected record (asks first)</source>
        <translation>Eliminar el registro seleccionado (pregunta antes)</translation>
    </message>
    <message>
        <source>Undo, showing the record it changed</source>
        <translation>Deshacer, mostrando el registro que cambió</translation>
    </message>
    <message>
        <source>Redo, showing the record it changed</source>
        <translation>Rehacer, mostrando el registro que cambió</translation>
    </message>
    <message>
        <source>Import contacts from CSV</source>
        <translation>Importar contactos desde CSV</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>Export the calendar (.ics)</source>
        <translation>Exportar el calendario (.ics)</translation>
    </message>
    <message>
        <source>Proxies given between organizations (Decisions)</source>
        <translation>Poderes de voto entre organizaciones (Decisiones)</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Abrir otra base de datos</translation>
    </message>
    <message>
        <source>The mail outbox: what waits, what went, what failed</source>
        <translation>La bandeja de salida: lo que espera, lo que salió, lo que falló</translation>
    </message>
    <message>
        <source>Sync with the coalition server (saving or asking about unsaved edits first)</source>
        <translation>Sincronizar con el servidor de la coalición (antes guarda o pregunta por los cambios sin guardar)</translation>
    </message>
    <message>
        <source>The user guide</source>
        <translation>La guía de uso</translation>
    </message>
    <message>
        <source>Leaving a record with unsaved edits (another row, another area, Ctrl+K, closing) asks whether to save them.</source>
        <translation>Al dejar un registro con cambios sin guardar (otra fila, otra sección, Ctrl+K, al cerrar) se pregunta si quiere guardarlos.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>_BundleDialog</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Could not open {place}</source>
        <translation>No se pudo abrir {place}</translation>
    </message>
    <message>
        <source>Encrypting {name}…</source>
        <translation>Cifrando {name}…</translation>
    </message>
    <message>
        <source>Encrypting your coalition&apos;s data on this computer…
This happens once, and takes a few seconds for a large database.</source>
        <translation>Cifrando los datos de su coalición en esta computadora…
Esto se hace una sola vez y tarda unos segundos si la base de datos es grande.</translation>
    </message>
    <message>
        <source>The day&apos;s backup could not be made: {error}</source>
        <translation>No se pudo hacer la copia de seguridad del día: {error}</translation>
    </message>
    <message>
        <source>Backed up to {place}</source>
        <translation>Copia de seguridad guardada en {place}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Nothing was half-written; the last change may not have been made. Please report this, with what you were doing.</source>
        <translation>Algo salió mal: {error}

Nada quedó escrito a medias; puede que el último cambio no se haya hecho. Por favor, repórtelo y diga qué estaba haciendo.</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <source>The database&apos;s key</source>
        <translation>La clave de la base de datos</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>The key was not changed: {0}</source>
        <translation>La clave no se cambió: {0}</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>guardada en el llavero</translation>
    </message>
    <message>
        <source>not kept in a keyring: keep the recovery key at hand</source>
        <translation>no guardada en un llavero: tenga a mano la clave de recuperación</translation>
    </message>
    <message>
        <source>The database and {0} backup(s) are encrypted under the new key ({1}).</source>
        <translation>La base de datos y {0} copia(s) de seguridad quedan cifradas con la clave nueva ({1}).</translation>
    </message>
    <message>
        <source>this backup was made under an earlier key than the database&apos;s (before a key change): it is restored under the database&apos;s key once that earlier key opens it</source>
        <translation>esta copia se hizo con una clave anterior a la de la base de datos (antes de un cambio de clave): se restaura con la clave de la base de datos una vez que esa clave anterior la abre</translation>
    </message>
    <message>
        <source>This backup is under an earlier key</source>
        <translation>Esta copia usa una clave anterior</translation>
    </message>
</context>
</TS>
