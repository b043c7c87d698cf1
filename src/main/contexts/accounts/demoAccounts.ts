/** The organizations and users a first start seeds unless `--no-demo` is given. */
export const demoOrgs = [
  { id: 'acme', name: 'Acme Corp', users: [{ id: 'alice', name: 'Alice' }, { id: 'bob', name: 'Bob' }] },
  { id: 'globex', name: 'Globex', users: [{ id: 'carol', name: 'Carol' }] },
] as const;
