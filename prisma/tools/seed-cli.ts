// Loads demo data into the (empty) database named by DATABASE_URL.
import { connect } from './connect';
import { seedDemo } from '../seed/demo-seed';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL. The embedded database is seeded by npm start.');
  process.exit(1);
}
const db = connect(url);
const seeded = await seedDemo(db);
console.log(seeded ? `Loaded ${seeded.persons} demo persons.` : 'The database already has users; nothing loaded.');
await db.$disconnect();
