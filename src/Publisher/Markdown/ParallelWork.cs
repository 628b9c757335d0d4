using System.Runtime.ExceptionServices;

namespace Publisher.Markdown;

/// <summary>
/// Runs independent work items in parallel on threads with a large stack: Markdig and our converters
/// recurse over nesting, and hostile input must end in a diagnostic, never in a stack overflow.
/// </summary>
internal static class ParallelWork
{
    private const int StackSize = 64 * 1024 * 1024;

    public static TResult[] Map<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work)
    {
        var results = new TResult[items.Count];
        var next = -1;
        ExceptionDispatchInfo? failure = null;

        void Worker()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < items.Count && Volatile.Read(ref failure) is null)
            {
                try
                {
                    results[index] = work(items[index]);
                }
                catch (Exception exception)
                {
                    Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(exception), null);
                }
            }
        }

        var threadCount = Math.Clamp(Math.Min(Environment.ProcessorCount, items.Count), 1, 8);
        var threads = Enumerable.Range(0, threadCount)
            .Select(_ => new Thread(Worker, StackSize) { IsBackground = true, Name = "publisher-markdown" })
            .ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        failure?.Throw();
        return results;
    }
}
