/** The agents a first start seeds per demo organization, so a new window has something live to show. */
export const demoAgents: Record<string, { hostname: string; os: string; resources: string[] }[]> = {
  acme: [
    { hostname: 'build-01.acme.internal', os: 'Linux', resources: ['docker', 'node'] },
    { hostname: 'build-02.acme.internal', os: 'Linux', resources: ['docker', 'java'] },
    { hostname: 'mac-mini-01.acme.internal', os: 'macOS', resources: ['xcode'] },
  ],
  globex: [
    { hostname: 'ci-runner-1.globex.lan', os: 'Linux', resources: ['docker'] },
    { hostname: 'ci-runner-2.globex.lan', os: 'Windows', resources: ['dotnet'] },
  ],
};
