/**
 * The ranking of candidates for an urgent replacement (issue 18, point 2): pure rules over facts read in a constant
 * number of statements. Each candidate gets its reasons line by line; a blocking reason puts them apart (« ne peut
 * pas y aller »). Score and order: docs/domain/replacements.md.
 */
import {
  addDays,
  AI_PLACEMENT_CAP_MINUTES,
  formatMinutes,
  MAX_WEEKLY_MINUTES,
  MissionKind,
  SKILL_LEVEL_LABELS,
  SKILL_LEVEL_WEIGHTS,
  SkillLevel,
} from '@tremplin/domain';
import { placementStatus } from '../activities';
import { CLEARANCE_LABELS } from './replacements.common';

/** Where slots are lived: weekday and hours of the availability pattern are local to it. */
export const LOCAL_TIME_ZONE = 'Europe/Paris';
/** Average door-to-door speed assumed for the travel-time estimate (urban and peri-urban, public transport or car). */
export const TRAVEL_SPEED_KMH = 30;

export type ReasonKind =
  | 'SKILLS'
  | 'CLEARANCE'
  | 'AVAILABILITY'
  | 'ABSENCE'
  | 'MISSION_OVERLAP'
  | 'DISTANCE'
  | 'HISTORY'
  | 'FEEDBACK'
  | 'CAP'
  | 'WEEKLY';

export interface Reason {
  kind: ReasonKind;
  /** False: this reason alone keeps the person from going. */
  ok: boolean;
  text: string;
}

export interface RankingRequest {
  startsAt: Date;
  endsAt: Date;
  minutes: number;
  hostOrganisationId: string;
  siteName: string;
  siteLatitude: number | null;
  siteLongitude: number | null;
  requiredBlocks: { id: string; title: string }[];
  minLevel: SkillLevel;
  requiredClearances: string[];
}

export interface CandidateMission {
  hostOrganisationId: string;
  site: string | null;
  startDate: string;
  endDate: string;
  minutes: number;
  kind: string;
  tutorFeedback: string | null;
  hoursStatus: string;
}

export interface CandidateFacts {
  personId: string;
  firstName: string;
  lastName: string;
  latitude: number | null;
  longitude: number | null;
  /** The latest evaluation of each required block. */
  levels: { blockId: string; level: string }[];
  clearances: { code: string; expiresOn: string | null }[];
  availability: { weekday: number; startMinute: number; endMinute: number }[];
  absences: { startsOn: string; endsOn: string }[];
  missions: CandidateMission[];
}

export interface RankedCandidate {
  personId: string;
  firstName: string;
  lastName: string;
  canGo: boolean;
  score: number;
  distanceKm: number | null;
  travelMinutes: number | null;
  capMinutesLeft: number;
  weekMinutesLeft: number;
  reasons: Reason[];
}

const LEVEL_ORDER = (l: string) => SKILL_LEVEL_WEIGHTS[l as SkillLevel] ?? 0;

/**
 * One formatter for the whole process: building an `Intl.DateTimeFormat` costs about 75 µs, and a ranking of 1,000
 * candidates asked for two per candidate (150 ms of the 260 ms measured: docs/benchmarks.md, « Remplacements »).
 */
const LOCAL_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: LOCAL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The local day (YYYY-MM-DD) and minute of the day of an instant. */
export function localParts(at: Date): { day: string; minute: number } {
  const parts = LOCAL_PARTS.formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  return {
    day: `${get('year')}-${get('month')}-${get('day')}`,
    minute: Number(get('hour')) * 60 + Number(get('minute')),
  };
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  return ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** The slot cut at local midnights: one segment per local day it touches. */
export function slotSegments(startsAt: Date, endsAt: Date): { day: string; from: number; to: number }[] {
  const a = localParts(startsAt);
  const b = localParts(endsAt);
  if (a.day === b.day) return [{ day: a.day, from: a.minute, to: b.minute }];
  const out = [{ day: a.day, from: a.minute, to: 1440 }];
  for (let d = addDays(a.day, 1); d < b.day; d = addDays(d, 1)) out.push({ day: d, from: 0, to: 1440 });
  if (b.minute > 0) out.push({ day: b.day, from: 0, to: b.minute });
  return out;
}

function covered(ranges: { startMinute: number; endMinute: number }[], from: number, to: number): boolean {
  let cur = from;
  for (const r of [...ranges].sort((x, y) => x.startMinute - y.startMinute)) {
    if (r.startMinute <= cur && r.endMinute > cur) cur = r.endMinute;
    if (cur >= to) return true;
  }
  return cur >= to;
}

/** Great-circle distance in km (haversine, Earth radius 6,371 km). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = (x: number) => (x * Math.PI) / 180;
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const hm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')} h ${String(minute % 60).padStart(2, '0')}`;
const frDay = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A mission's minutes spread evenly over its days, those falling in [from, to] (days, both included). */
function minutesWithin(m: CandidateMission, from: string, to: string): number {
  const start = m.startDate > from ? m.startDate : from;
  const end = m.endDate < to ? m.endDate : to;
  if (start > end) return 0;
  const days = (s: string, e: string) => Math.round((Date.parse(e) - Date.parse(s)) / 86_400_000) + 1;
  return Math.round((m.minutes * days(start, end)) / days(m.startDate, m.endDate));
}

/** What a request's slot means on the calendar: the same for every candidate, so worked out once per ranking. */
export interface SlotCalendar {
  segments: { day: string; weekday: number; from: number; to: number }[];
  firstDay: string;
  lastDay: string;
  /** Monday and Sunday of the week of the slot's start (the weekly maximum's week). */
  monday: string;
  sunday: string;
}

export function slotCalendar(req: Pick<RankingRequest, 'startsAt' | 'endsAt'>): SlotCalendar {
  const segments = slotSegments(req.startsAt, req.endsAt).map((s) => ({ ...s, weekday: isoWeekday(s.day) }));
  const firstDay = segments[0].day;
  const monday = addDays(firstDay, 1 - segments[0].weekday);
  return { segments, firstDay, lastDay: segments[segments.length - 1].day, monday, sunday: addDays(monday, 6) };
}

/** The reasons and score of one candidate (`slot`: the request's calendar, when the caller already has it). */
export function rankCandidate(
  req: RankingRequest,
  c: CandidateFacts,
  slot: SlotCalendar = slotCalendar(req),
): RankedCandidate {
  const reasons: Reason[] = [];
  const { segments, firstDay, lastDay, monday, sunday } = slot;
  let score = 100;

  // Skills: every required block at the minimum level or above (latest evaluation).
  const levels = new Map(c.levels.map((l) => [l.blockId, l.level]));
  for (const b of req.requiredBlocks) {
    const level = levels.get(b.id);
    const ok = level !== undefined && LEVEL_ORDER(level) >= LEVEL_ORDER(req.minLevel);
    const label = level ? SKILL_LEVEL_LABELS[level as SkillLevel] : 'jamais évalué';
    reasons.push({
      kind: 'SKILLS',
      ok,
      text: ok
        ? `« ${b.title} » : ${label} (au moins ${SKILL_LEVEL_LABELS[req.minLevel]} demandé).`
        : `« ${b.title} » : ${label}, il faut au moins ${SKILL_LEVEL_LABELS[req.minLevel]}.`,
    });
    if (ok) score += 5 * (LEVEL_ORDER(level) - LEVEL_ORDER(req.minLevel));
  }

  // Clearances: held and valid on the last day of the slot.
  for (const code of req.requiredClearances) {
    const label = CLEARANCE_LABELS[code as keyof typeof CLEARANCE_LABELS] ?? code;
    const held = c.clearances.find((x) => x.code === code);
    if (!held) reasons.push({ kind: 'CLEARANCE', ok: false, text: `${label} : non détenue.` });
    else if (held.expiresOn !== null && held.expiresOn < lastDay)
      reasons.push({ kind: 'CLEARANCE', ok: false, text: `${label} : expirée le ${frDay(held.expiresOn)}.` });
    else
      reasons.push({
        kind: 'CLEARANCE',
        ok: true,
        text: `${label} : valide${held.expiresOn ? ` jusqu’au ${frDay(held.expiresOn)}` : ''}.`,
      });
  }

  // Availability: the weekly pattern covers every segment of the slot.
  if (c.availability.length === 0) {
    score -= 20;
    reasons.push({
      kind: 'AVAILABILITY',
      ok: true,
      text: 'Disponibilités de la semaine non renseignées : à confirmer avec la personne.',
    });
  } else {
    const missing = segments.filter(
      (s) =>
        !covered(
          c.availability.filter((a) => a.weekday === s.weekday),
          s.from,
          s.to,
        ),
    );
    reasons.push(
      missing.length
        ? {
            kind: 'AVAILABILITY',
            ok: false,
            text: `Pas disponible ${missing.map((s) => `le ${frDay(s.day)} de ${hm(s.from)} à ${hm(s.to)}`).join(', ')}.`,
          }
        : { kind: 'AVAILABILITY', ok: true, text: 'Disponible sur tout le créneau (disponibilités de la semaine).' },
    );
  }
  const absence = c.absences.find((a) => a.startsOn <= lastDay && a.endsOn >= firstDay);
  if (absence)
    reasons.push({
      kind: 'ABSENCE',
      ok: false,
      text: `Absente du ${frDay(absence.startsOn)} au ${frDay(absence.endsOn)}.`,
    });
  const overlap = c.missions.find((m) => m.startDate <= lastDay && m.endDate >= firstDay);
  if (overlap)
    reasons.push({
      kind: 'MISSION_OVERLAP',
      ok: false,
      text: `Déjà en mission du ${frDay(overlap.startDate)} au ${frDay(overlap.endDate)}.`,
    });

  // Distance and travel time, when both coordinates are known.
  let distanceKm: number | null = null;
  let travelMinutes: number | null = null;
  if (c.latitude !== null && c.longitude !== null && req.siteLatitude !== null && req.siteLongitude !== null) {
    distanceKm = Math.round(haversineKm(c.latitude, c.longitude, req.siteLatitude, req.siteLongitude) * 10) / 10;
    travelMinutes = Math.round((distanceKm / TRAVEL_SPEED_KMH) * 60);
    score -= Math.min(60, Math.round(distanceKm));
    reasons.push({
      kind: 'DISTANCE',
      ok: true,
      text: `${String(distanceKm).replace('.', ',')} km à vol d’oiseau, environ ${travelMinutes} min de trajet.`,
    });
  } else reasons.push({ kind: 'DISTANCE', ok: true, text: 'Distance inconnue : adresse non localisée.' });

  // Past missions at this site, and the employer's feedback.
  const past = c.missions.filter(
    (m) => m.hostOrganisationId === req.hostOrganisationId && m.site === req.siteName && m.endDate < firstDay,
  );
  if (past.length) {
    score += 10 * Math.min(3, past.length);
    reasons.push({
      kind: 'HISTORY',
      ok: true,
      text: `${past.length} mission${past.length > 1 ? 's' : ''} déjà faite${past.length > 1 ? 's' : ''} sur ce site.`,
    });
    const disputed = past.filter((m) => m.hoursStatus === 'DISPUTED').length;
    score -= 10 * disputed;
    for (const m of past.filter((x) => x.tutorFeedback))
      reasons.push({ kind: 'FEEDBACK', ok: true, text: `Avis de l’employeur : « ${m.tutorFeedback} »` });
    if (disputed)
      reasons.push({
        kind: 'FEEDBACK',
        ok: true,
        text: `Heures contestées par l’employeur sur ${disputed} mission${disputed > 1 ? 's' : ''}.`,
      });
  } else reasons.push({ kind: 'HISTORY', ok: true, text: 'Aucune mission sur ce site jusqu’ici.' });

  // The 480 h cap of AI mises à disposition at this employer (existing rule), the slot included.
  const placements = c.missions.map((m) => ({ ...m, kind: m.kind as MissionKind }));
  const inWindow = placementStatus(placements, req.hostOrganisationId, lastDay).minutesInWindow;
  const capMinutesLeft = Math.max(0, AI_PLACEMENT_CAP_MINUTES - inWindow);
  reasons.push(
    req.minutes > capMinutesLeft
      ? {
          kind: 'CAP',
          ok: false,
          text: `Plafond de 480 h de mise à disposition chez cet employeur : reste ${formatMinutes(capMinutesLeft)}, le remplacement en compte ${formatMinutes(req.minutes)}.`,
        }
      : {
          kind: 'CAP',
          ok: true,
          text: `Reste ${formatMinutes(capMinutesLeft - req.minutes)} sous le plafond de 480 h chez cet employeur après ce remplacement.`,
        },
  );

  // The weekly legal maximum (48 h, Code du travail L3121-20) in the week of the slot's start.
  const weekMinutes = c.missions.reduce((n, m) => n + minutesWithin(m, monday, sunday), 0);
  const weekMinutesLeft = Math.max(0, MAX_WEEKLY_MINUTES - weekMinutes);
  reasons.push(
    req.minutes > weekMinutesLeft
      ? {
          kind: 'WEEKLY',
          ok: false,
          text: `${formatMinutes(weekMinutes)} déjà prévues la semaine du ${frDay(monday)} : avec ce remplacement, plus de 48 h (maximum légal, Code du travail L3121-20).`,
        }
      : {
          kind: 'WEEKLY',
          ok: true,
          text: `${formatMinutes(weekMinutes)} prévues la semaine du ${frDay(monday)} : reste ${formatMinutes(weekMinutesLeft - req.minutes)} sous les 48 h après ce remplacement.`,
        },
  );

  return {
    personId: c.personId,
    firstName: c.firstName,
    lastName: c.lastName,
    canGo: reasons.every((r) => r.ok),
    score,
    distanceKm,
    travelMinutes,
    capMinutesLeft,
    weekMinutesLeft,
    reasons,
  };
}

/** French name order; one collator for the process (`localeCompare(…, 'fr')` builds one per call). */
const FRENCH = new Intl.Collator('fr');

/** Those who can go, best first (score, then distance, then name); those who cannot, by name. */
export function rankCandidates(
  req: RankingRequest,
  facts: CandidateFacts[],
): { candidates: RankedCandidate[]; excluded: RankedCandidate[] } {
  const slot = slotCalendar(req);
  const all = facts.map((f) => rankCandidate(req, f, slot));
  const byName = (a: RankedCandidate, b: RankedCandidate) =>
    FRENCH.compare(a.lastName, b.lastName) || FRENCH.compare(a.firstName, b.firstName);
  const candidates = all
    .filter((c) => c.canGo)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.distanceKm ?? Number.POSITIVE_INFINITY) - (b.distanceKm ?? Number.POSITIVE_INFINITY) ||
        byName(a, b),
    );
  const excluded = all.filter((c) => !c.canGo).sort(byName);
  return { candidates, excluded };
}
