/** npm run bench: the performance table (filled in as features land). */
export async function runBench(sizes: number[]): Promise<void> {
  process.stdout.write(`bench for ${sizes.join(', ')} guests: not built yet\n`);
}
