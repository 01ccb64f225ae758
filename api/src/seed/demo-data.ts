export const DEMO_ACCOUNTS: { role: string; email: string; password: string }[] = [];
export async function seedDemoData(_url: string): Promise<void> {
  return;
}
