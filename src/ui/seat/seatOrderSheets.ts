// Opens the form of one of the seat's orders: the one switch between the orders tab, the cards' buttons and the
// sheets that give them.
import { openWarningForm } from '../forms/WarningForm.ts';
import type { SeatDesk } from './SeatDesk.ts';
import type { SeatOrder } from './seatOrders.ts';
import { openCallSheet } from './sheets/callSheet.ts';
import { openCountySheet, openEvacuateSheet, openLevelSheet, openRoadSheet, openShelterSheet } from './sheets/commandSheets.ts';
import { openReportSheet } from './sheets/reportSheet.ts';
import { openAssignSheet, openDispatchSheet } from './sheets/unitSheets.ts';

export interface SheetPreset { unit?: string; incident?: string }

export function openSeatOrder(desk: SeatDesk, order: SeatOrder, preset: SheetPreset = {}): void {
  const incident = preset.incident ?? null;
  const sheets: Record<SeatOrder, () => void> = {
    dispatchUnit: () => openDispatchSheet(desk, { ...(preset.unit ? { unit: preset.unit } : {}), ...(incident ? { target: `incident:${incident}` } : {}) }),
    relayInformation: () => openCallSheet(desk, incident),
    fileReport: () => openReportSheet(desk, incident),
    issueWarning: () => openWarningForm(desk, []),
    evacuate: () => openEvacuateSheet(desk),
    openShelter: () => openShelterSheet(desk),
    setResponseLevel: () => openLevelSheet(desk),
    requestCountySupport: () => openCountySheet(desk),
    assignUnit: () => openAssignSheet(desk),
    closeRoad: () => openRoadSheet(desk, 'closeRoad'),
    reopenRoad: () => openRoadSheet(desk, 'reopenRoad'),
  };
  sheets[order]();
}
