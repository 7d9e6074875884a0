// Drives a reminder service over a span of time with a fake clock: ticks every five minutes around the
// 09:00 sending hour and every three hours otherwise (nothing is due then, so nothing can be missed).
import { DateTime } from "luxon";

export function tickInstants(fromDay: string, toDay: string, timeZone: string): Date[] {
  const ticks: Date[] = [];
  const last = DateTime.fromISO(toDay, { zone: timeZone });
  for (let day = DateTime.fromISO(fromDay, { zone: timeZone }); day <= last; day = day.plus({ days: 1 })) {
    for (const hour of [0, 3, 6, 12, 15, 18, 21]) ticks.push(day.set({ hour }).toJSDate());
    for (let minute = 8 * 60 + 30; minute <= 9 * 60 + 30; minute += 5) {
      ticks.push(day.set({ hour: Math.floor(minute / 60), minute: minute % 60 }).toJSDate());
    }
  }
  return ticks.sort((a, b) => a.getTime() - b.getTime());
}
