#!/usr/bin/env node
// Reads an iCalendar file the way Thunderbird does (Mozilla's ical.js) and prints, as JSON,
// every occurrence that starts in [FROM, TO): the second opinion on Coalition's .ics exports,
// from a reader that is neither written in Python nor derived from the Python icalendar library.
//
//   node expand.mjs FILE.ics FROM_ISO TO_ISO
//
// FROM and TO must carry a zone ("2026-01-01T00:00:00Z" or "+00:00"). Output on stdout:
//   {"calendar": {"method": "REQUEST" | null},
//    "events": [{"uid", "summary", "sequence", "status", "recurrence_id", "start", "end",
//                "organizer", "attendees", "overridden"}, ...],
//    "warnings": ["...", ...]}
// sorted by start, then uid. Instants are UTC ("2026-03-10T00:30:00Z"); an all-day value stays
// a date ("2026-03-10"). "recurrence_id" is the original start of an occurrence of a recurring
// series (whether or not an override moved it), the RECURRENCE-ID of a standalone override,
// and null for a single event. "overridden" says a RECURRENCE-ID component supplied the data.
// "warnings" lists what ical.js reads silently but differently from the file's intent: a TZID
// that no VTIMEZONE in the file defines (ical.js falls back to floating time, i.e. UTC), a
// floating date-time, an override whose RECURRENCE-ID matches no occurrence (ical.js drops it)
// or matches only by wall-clock digits, duplicate overrides.
//
// Exit status: 0 read; 2 the file cannot be read (one line on stderr, the parser's message);
// 64 wrong arguments.

import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const MAX_STEPS = 100000; // occurrences walked per series before giving up on an endless rule

function fail(status, message) {
  process.stderr.write(String(message).replace(/\s+/g, " ").trim() + "\n");
  process.exit(status);
}

function parseInstant(text, label) {
  // A bare "2026-01-01T00:00:00" would be read in this machine's zone: refuse it.
  if (!/(Z|[+-]\d\d:?\d\d)$/.test(text)) {
    fail(64, `${label} must be an ISO instant with a zone (Z or +HH:MM): ${text}`);
  }
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) fail(64, `${label} is not an ISO date-time: ${text}`);
  return ms / 1000;
}

const UTC = ICAL.Timezone.utcTimezone;

function iso(time) {
  if (!time) return null;
  if (time.isDate) return time.toString();
  if (time.zone === ICAL.Timezone.localTimezone) return time.toString(); // floating: no Z
  return time.convertToZone(UTC).toString();
}

function textOrNull(component, name) {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? null : String(value);
}

function describe(component) {
  const uid = textOrNull(component, "uid");
  return uid === null ? `a ${component.name.toUpperCase()} without UID` : `UID ${uid}`;
}

/** Properties a VEVENT's timing hangs on; their values are date-times or dates. */
const TIME_PROPS = ["dtstart", "dtend", "due", "recurrence-id", "exdate", "rdate"];

function checkZones(vcalendar, definedTzids, warnings) {
  const visit = (component) => {
    if (component.name === "vtimezone") return;
    for (const prop of component.getAllProperties()) {
      const tzid = prop.getParameter("tzid");
      if (tzid && !definedTzids.has(tzid)) {
        warnings.push(
          `${prop.name.toUpperCase()};TZID=${tzid} in ${describe(component)}: no VTIMEZONE in ` +
            "the file defines it (ical.js then reads the time as floating, i.e. as UTC)",
        );
      } else if (!tzid && TIME_PROPS.includes(prop.name) && prop.type === "date-time") {
        for (const value of prop.getValues()) {
          const time = value instanceof ICAL.Period ? value.start : value;
          if (time && time.zone === ICAL.Timezone.localTimezone) {
            warnings.push(
              `${prop.name.toUpperCase()}:${time.toICALString()} in ${describe(component)} ` +
                "is a floating time (no TZID, no Z)",
            );
          }
        }
      }
    }
    const dtstart = component.getFirstProperty("dtstart");
    for (const prop of component.getAllProperties("rrule")) {
      const until = prop.getFirstValue().until;
      if (until && dtstart && dtstart.getParameter("tzid") && until.zone !== UTC) {
        warnings.push(
          `RRULE UNTIL=${until.toICALString()} in ${describe(component)} is ` +
            (until.isDate ? "a DATE" : "not UTC") + " although DTSTART is a DATE-TIME with a " +
            "TZID (RFC 5545 3.3.10 wants UTC; ical.js compares it as if it were UTC)",
        );
      }
    }
    component.getAllSubcomponents().forEach(visit);
  };
  visit(vcalendar);
}

function entry(event, { recurrenceId, start, end, overridden }) {
  const c = event.component;
  const sequence = c.getFirstPropertyValue("sequence");
  return {
    uid: textOrNull(c, "uid"),
    summary: textOrNull(c, "summary"),
    sequence: sequence === null || sequence === undefined ? 0 : Number(sequence), // RFC default
    status: textOrNull(c, "status"),
    recurrence_id: recurrenceId ? iso(recurrenceId) : null,
    start: iso(start),
    end: iso(end),
    organizer: textOrNull(c, "organizer"),
    attendees: c.getAllProperties("attendee").map((p) => String(p.getFirstValue())),
    overridden,
  };
}

function inWindow(time, from, to) {
  const t = time.toUnixTime();
  return t >= from && t < to;
}

function expandSeries(master, overrides, from, to, events, warnings) {
  // Relate only this UID's overrides: left to itself, new ICAL.Event(master) takes every
  // VEVENT with a RECURRENCE-ID in the calendar, whatever its UID.
  const event = new ICAL.Event(master, { exceptions: overrides, strictExceptions: true });
  const label = describe(master);
  const ids = overrides.map((o) => new ICAL.Event(o).recurrenceId.toString());
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) warnings.push(`${label}: two overrides for RECURRENCE-ID ${id}`);
  });

  if (!event.isRecurring()) {
    if (overrides.length) {
      warnings.push(`${label}: overrides for an event without RRULE or RDATE are ignored`);
    }
    if (inWindow(event.startDate, from, to)) {
      events.push(entry(event, {
        recurrenceId: null, start: event.startDate, end: event.endDate, overridden: false,
      }));
    }
    return;
  }

  // Walk far enough that an override moved into the window from a later week is seen too.
  let lastOverride = -Infinity;
  for (const o of Object.values(event.exceptions)) {
    lastOverride = Math.max(lastOverride, o.recurrenceId.toUnixTime());
  }
  const exdates = master.getAllProperties("exdate").flatMap((p) => p.getValues());
  for (const x of exdates) lastOverride = Math.max(lastOverride, x.toUnixTime());
  const seen = new Set(); // every recurrence id ical.js produced, as Unix seconds
  const used = new Set();
  const it = event.iterator();
  let steps = 0;
  for (let next = it.next(); next; next = it.next()) {
    if (next.toUnixTime() >= to && next.toUnixTime() > lastOverride) break;
    if (++steps > MAX_STEPS) {
      warnings.push(`${label}: stopped after ${MAX_STEPS} occurrences`);
      break;
    }
    seen.add(next.toUnixTime());
    const details = event.getOccurrenceDetails(next);
    const overridden = details.item !== event;
    if (overridden && !details.item.modifiesFuture()) {
      used.add(details.item);
      if (details.item.recurrenceId.compare(next) !== 0) {
        warnings.push(
          `${label}: override RECURRENCE-ID ${iso(details.item.recurrenceId)} was applied to ` +
            `the occurrence at ${iso(next)} because their wall-clock digits match`,
        );
      }
    } else if (overridden) {
      used.add(details.item);
    }
    if (inWindow(details.startDate, from, to)) {
      events.push(entry(details.item, {
        recurrenceId: next, start: details.startDate, end: details.endDate, overridden,
      }));
    }
  }
  checkExdates(master, exdates, seen, lastOverride, label, warnings);
  for (const o of Object.values(event.exceptions)) {
    if (!used.has(o)) {
      warnings.push(
        `${label}: override RECURRENCE-ID ${iso(o.recurrenceId)} matches no occurrence of ` +
          "the series (ical.js ignores it)",
      );
    }
  }
}

/**
 * ical.js walks EXDATEs with one cursor that moves at most one step per occurrence, so EXDATEs
 * that match nothing can leave a later, matching one unapplied. Expand the rule again without
 * EXDATEs and say which EXDATE matched nothing, and which matched but did not remove its week.
 */
function checkExdates(master, exdates, seen, horizon, label, warnings) {
  if (!exdates.length) return;
  const bare = ICAL.Component.fromString(master.toString()); // zones via TimezoneService
  bare.removeAllProperties("exdate");
  const plain = new Set();
  const it = new ICAL.Event(bare, { exceptions: [] }).iterator();
  let steps = 0;
  for (let next = it.next(); next && next.toUnixTime() <= horizon; next = it.next()) {
    if (++steps > MAX_STEPS) break;
    plain.add(next.toUnixTime());
  }
  for (const x of exdates) {
    if (x.isDate) continue; // a whole-day EXDATE: ical.js compares dates; not checked here
    const t = x.toUnixTime();
    if (!plain.has(t)) {
      warnings.push(`${label}: EXDATE ${iso(x)} matches no occurrence of the series`);
    } else if (seen.has(t)) {
      warnings.push(`${label}: EXDATE ${iso(x)} matches an occurrence that ical.js still lists`);
    }
  }
}

function main(argv) {
  if (argv.length !== 3) fail(64, "usage: node expand.mjs FILE.ics FROM_ISO TO_ISO");
  const [path, fromText, toText] = argv;
  const from = parseInstant(fromText, "FROM");
  const to = parseInstant(toText, "TO");

  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    fail(2, `cannot read ${path}: ${e.message}`);
  }

  try {
    const jcal = ICAL.parse(text);
    // One calendar parses to ["vcalendar", ...]; several to a list of them; nothing to [].
    const calendars = jcal.length && typeof jcal[0] === "string" ? [jcal] : jcal;
    if (calendars.length !== 1) {
      fail(2, `expected one VCALENDAR, found ${calendars.length}`);
    }
    const vcalendar = new ICAL.Component(calendars[0]);
    if (vcalendar.name !== "vcalendar") fail(2, `expected VCALENDAR, found ${vcalendar.name}`);

    // Zones come from the file alone: ical.js ships no zone database, and the service is
    // emptied (it keeps only UTC/Z/GMT) before this file's VTIMEZONEs are registered.
    ICAL.TimezoneService.reset();
    const definedTzids = new Set();
    for (const vtz of vcalendar.getAllSubcomponents("vtimezone")) {
      const zone = new ICAL.Timezone(vtz);
      ICAL.TimezoneService.register(zone);
      definedTzids.add(zone.tzid);
    }

    const warnings = [];
    checkZones(vcalendar, definedTzids, warnings);

    const vevents = vcalendar.getAllSubcomponents("vevent");
    const masters = vevents.filter((v) => !v.hasProperty("recurrence-id"));
    const overridesOf = (uid) =>
      vevents.filter((v) => v.hasProperty("recurrence-id") && textOrNull(v, "uid") === uid);
    const masterUids = new Set(masters.map((m) => textOrNull(m, "uid")));

    const events = [];
    for (const master of masters) {
      expandSeries(master, overridesOf(textOrNull(master, "uid")), from, to, events, warnings);
    }
    // Overrides sent without their series (e.g. METHOD:CANCEL for one week): each stands alone.
    for (const v of vevents) {
      if (!v.hasProperty("recurrence-id") || masterUids.has(textOrNull(v, "uid"))) continue;
      const event = new ICAL.Event(v);
      if (inWindow(event.startDate, from, to)) {
        events.push(entry(event, {
          recurrenceId: event.recurrenceId, start: event.startDate, end: event.endDate,
          overridden: true,
        }));
      }
    }

    events.sort((a, b) =>
      a.start < b.start ? -1 : a.start > b.start ? 1 : (a.uid ?? "").localeCompare(b.uid ?? ""));
    const result = {
      calendar: { method: textOrNull(vcalendar, "method") },
      events,
      warnings,
    };
    process.stdout.write(JSON.stringify(result, null, 1) + "\n");
  } catch (e) {
    fail(2, `${e.name || "Error"}: ${e.message}`);
  }
}

main(process.argv.slice(2));
