using System.Globalization;

namespace DevDb.Benchmark;

/// <summary>
/// The machine's CPU time counters (Linux /proc/stat): on a shared virtual machine the host may take
/// a share of the CPU ("steal") while a method runs, which slows it without any fault of its own.
/// </summary>
static class CpuTimes
{
    public readonly record struct Sample(long Total, long Stolen);

    /// <summary>The counters now, or null where /proc/stat does not exist.</summary>
    public static Sample? Now()
    {
        try
        {
            var cpu = File.ReadLines("/proc/stat").First(l => l.StartsWith("cpu ", StringComparison.Ordinal));
            var fields = cpu.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            // user nice system idle iowait irq softirq steal [guest guest_nice, already inside user and nice]
            return new Sample(fields.Take(8).Sum(), fields.Length > 7 ? fields[7] : 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The percentage of the CPU time since <paramref name="start"/> that the host took.</summary>
    public static double? StolenPercentSince(Sample? start) =>
        start is { } s && Now() is { } now && now.Total > s.Total ? 100.0 * (now.Stolen - s.Stolen) / (now.Total - s.Total) : null;
}
