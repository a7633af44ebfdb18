export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __KOKO_STOP_PG__?: () => Promise<void> }).__KOKO_STOP_PG__?.();
}
