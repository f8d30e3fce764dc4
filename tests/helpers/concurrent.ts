/**
 * Runs `task` on every item, two at a time: two pages of the shared browser then render, check
 * or print at once, one on each core of a 2-core machine.
 */
export async function eachTwoAtOnce<Item>(
  items: readonly Item[],
  task: (item: Item) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  };
  await Promise.all([worker(), worker()]);
}
