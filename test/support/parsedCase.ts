/** A register row as the table parser hands it over: an offender at one address, fined `fine` with 250 costs. */
import type { ParsedCase } from '../../src/main/contexts/cases/parseCaseTable';

export const parsedCase = (reference: string, offender = 'Acme Ltd', fine: number | null = 100): ParsedCase => ({
  reference,
  offender,
  address: '1 High Street, Leeds',
  offenceDate: '2024-02-01',
  offence: 'Breach of regulation 1',
  regulator: 'HSE',
  fine,
  costs: 250,
});
