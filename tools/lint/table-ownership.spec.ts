import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crossingsIn, entityOwners, findCrossings, TABLE_OWNERS, tablesCreatedByMigrations } from './table-ownership';
import { KNOWN_CROSSINGS } from './table-ownership.known';

/** Only the owning library names a table in SQL or reads and writes it through its entity. */
const root = join(__dirname, '..', '..');
const entities = new Map([
  ['User', 'identity'],
  ['Cohort', 'catalogue'],
  ['Enrolment', 'enrolment'],
]);

describe('table ownership', () => {
  it('no library names a table it does not own, apart from the known crossings still to remove', () => {
    const found = findCrossings(root).map((c) => `${c.file} ${c.target}`);
    const added = found.filter((c) => !KNOWN_CROSSINGS.includes(c));
    expect(added).toEqual([]);
  });

  it('the list of known crossings only shrinks: an entry that no longer occurs must be deleted', () => {
    const found = new Set(findCrossings(root).map((c) => `${c.file} ${c.target}`));
    expect(KNOWN_CROSSINGS.filter((c) => !found.has(c))).toEqual([]);
  });

  it('every table the migrations create has exactly one owner, and every owned table exists', () => {
    const created = tablesCreatedByMigrations(root);
    expect(created.filter((t) => !(t in TABLE_OWNERS))).toEqual([]);
    expect(Object.keys(TABLE_OWNERS).filter((t) => !created.includes(t))).toEqual([]);
  });

  it('docs/architecture.md names the owner of every table', () => {
    const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
    const missing = Object.entries(TABLE_OWNERS).filter(([table, owner]) => !new RegExp(`^\\|\\s*\`${table}\`\\s*\\|\\s*${owner}\\s*\\|`, 'm').test(doc));
    expect(missing).toEqual([]);
  });

  it('the entity classes are found with their owners', () => {
    const owners = entityOwners([{ source: readFileSync(join(root, 'libs/api/identity/src/lib/entities/user.entity.ts'), 'utf8') }]);
    expect(owners.get('User')).toBe('identity');
  });

  describe('bites', () => {
    it('on SQL that updates another domain’s table', () => {
      const source = "await this.db.query(`UPDATE cohorts SET auto_issue_certificates = $2 WHERE id = $1`, [id, on]);";
      expect(crossingsIn('certificates', 'x.ts', source, entities)).toEqual([{ library: 'certificates', file: 'x.ts', target: 'cohorts', owner: 'catalogue' }]);
    });

    it('on SQL that reads another domain’s table in a join or a sub-select', () => {
      const source = 'const Q = `SELECT a.id FROM assignment_attempts a\n  JOIN enrolments e ON e.id = a.enrolment_id WHERE EXISTS (SELECT 1 FROM "users" u)`;';
      expect(crossingsIn('assessment', 'x.ts', source, entities).map((c) => c.target).sort()).toEqual(['enrolments', 'users']);
    });

    it('on another domain’s entity used to read or write, in any TypeORM call', () => {
      const source = [
        "import { Cohort } from '@koko/api/catalogue';",
        "import { User as Account } from '@koko/api/identity';",
        "import { Enrolment } from '@koko/api/enrolment';",
        'await m.findOneBy(Cohort, { id });',
        "qb.innerJoinAndMapOne('t.user', Account, 'u', 'u.id = t.user_id');",
        "@InjectRepository(Enrolment) repo: Repository<Enrolment>",
      ].join('\n');
      expect(crossingsIn('certificates', 'x.ts', source, entities).map((c) => c.target).sort()).toEqual(['entity:Cohort', 'entity:Enrolment', 'entity:User']);
    });

    it('not on the owner itself, on prose, or on an entity used only as a GraphQL type', () => {
      const own = "await m.query(`UPDATE users SET active = false WHERE id = $1`, [id]);";
      expect(crossingsIn('identity', 'x.ts', own, entities)).toEqual([]);
      const prose = '// Reads from users, then updates cohorts: this comment names no query.\nconst label = "select from enrolments";';
      expect(crossingsIn('certificates', 'x.ts', prose, entities)).toEqual([]);
      const graphqlType = "import { Enrolment } from '@koko/api/enrolment';\n@Field(() => Enrolment) enrolment!: Enrolment;";
      expect(crossingsIn('certificates', 'x.ts', graphqlType, entities)).toEqual([]);
    });
  });
});
