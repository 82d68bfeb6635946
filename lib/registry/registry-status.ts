import type { Db } from '@/lib/db/client';
import { orderInForceWhere, registryToday } from './rule';

/** Whether a person has an order in force today (listed unless withheld or awaiting review), for their record page. */
export async function hasOrderInForce({ db, personId, now = new Date() }: { db: Db; personId: string; now?: Date }): Promise<boolean> {
  return (await db.supervisionOrder.count({ where: { personId, ...orderInForceWhere(registryToday(now)) } })) > 0;
}
