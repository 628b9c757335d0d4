using System.Diagnostics;

namespace Publisher.Publishing;

/// <summary>How long one stage of a build took.</summary>
/// <param name="Stage">The stage's name: <c>load</c>, <c>document</c>, <c>layout</c>, <c>paint</c>, <c>write</c>, or a part of the stage before it (<c>write pdf</c>).</param>
/// <param name="Wall">Wall-clock time.</param>
/// <param name="Cpu">
/// The CPU time the whole process spent meanwhile, on all cores: on a busy machine a fairer measure than
/// <paramref name="Wall"/>. Null for a part that ran beside other parts of its stage, whose CPU time cannot be told
/// apart from theirs.
/// </param>
public sealed record StageTime(string Stage, TimeSpan Wall, TimeSpan? Cpu);

/// <summary>Times the stages of one build, one after the other.</summary>
internal sealed class StageClock
{
    private readonly List<StageTime> _stages = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<StageTime> Stages
    {
        get
        {
            lock (_gate)
            {
                return [.. _stages];
            }
        }
    }

    public T Time<T>(string stage, Func<T> work)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var wall = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            Add(new StageTime(stage, Stopwatch.GetElapsedTime(wall), Environment.CpuUsage.TotalTime - cpu));
        }
    }

    public void Time(string stage, Action work) => Time(stage, () =>
    {
        work();
        return true;
    });

    /// <summary>
    /// Runs the parts of one stage side by side: the stage gets its wall and CPU time, each part its own wall time
    /// (listed after the stage as <c>stage part</c>).
    /// </summary>
    public void TimeSideBySide(string stage, IReadOnlyList<(string Part, Action Work)> parts)
    {
        var times = new StageTime[parts.Count];
        Time(stage, () => Parallel.For(0, parts.Count, i =>
        {
            var wall = Stopwatch.GetTimestamp();
            parts[i].Work();
            times[i] = new StageTime($"{stage} {parts[i].Part}", Stopwatch.GetElapsedTime(wall), Cpu: null);
        }));
        foreach (var time in times)
        {
            Add(time);
        }
    }

    private void Add(StageTime time)
    {
        lock (_gate)
        {
            _stages.Add(time);
        }
    }
}
