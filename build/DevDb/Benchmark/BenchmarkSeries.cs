using System.Globalization;
using DevDb.Common;
using Spectre.Console;
using static DevDb.Benchmark.BenchmarkRunner;

namespace DevDb.Benchmark;

/// <summary>
/// Several whole runs of the benchmark on one machine: each run's ratios, their medians, and how many
/// runs met each of the targets at S=1. The naive way is one run of a minute or more per benchmark,
/// and a shared machine moves it by a quarter from run to run, so a ratio is judged on the series.
/// </summary>
public sealed class BenchmarkSeries(IReadOnlyList<BenchmarkRunner.Result> runs)
{
    /// <summary>The targets, as the issue that set them states them.</summary>
    public const double NaiveOverDevDbTarget = 20, DevDbOverFloorTarget = 2, PagesPerSampledPageTarget = 2, BuildOverheadSecondsTarget = 10, PeakMemoryMegabytesTarget = 200;

    public IReadOnlyList<BenchmarkRunner.Result> Runs { get; } = runs;

    /// <summary>The median over the runs whose naive way finished (null when none did).</summary>
    public double? MedianNaiveOverDevDb => MedianOf(Runs.Select(r => r.NaiveOverDevDb));
    public double MedianDevDbOverFloor => Median(Runs.Select(r => r.DevDbOverFloor));
    public double MedianLoadingSeconds => Median(Runs.Select(r => r.LoadingSeconds));
    public double? MedianNaiveSeconds => MedianOf(Runs.Select(r => r.NaiveSeconds));
    public double MedianFloorSeconds => Median(Runs.Select(r => r.FloorSeconds));

    /// <summary>Whole action minus populate: tool start, setup, schema, dump.</summary>
    public static double BuildOverheadSeconds(BenchmarkRunner.Result r) => r.BuildSeconds - r.PopulateSeconds;

    /// <summary>A target: what it asks, and in how many of the runs it was met.</summary>
    public sealed record TargetMet(string Target, int Met, int Of);

    public IReadOnlyList<TargetMet> Targets => new (string Target, int Met)[]
    {
        ($"(a)'s populate at least {NaiveOverDevDbTarget:0} times faster than (b)'s", Runs.Count(r => r.NaiveOverDevDb >= NaiveOverDevDbTarget)),
        ($"(a)'s populate at most {DevDbOverFloorTarget:0} times (d)'s", Runs.Count(r => r.DevDbOverFloor <= DevDbOverFloorTarget)),
        ($"BuildDevDb adds under {BuildOverheadSecondsTarget:0} s to its populate", Runs.Count(r => BuildOverheadSeconds(r) < BuildOverheadSecondsTarget)),
        ($"production reads at most {PagesPerSampledPageTarget:0} pages per page of sampled rows", Runs.Count(r => r.PagesPerSampledPage <= PagesPerSampledPageTarget)),
        ($"DevDb's peak memory under {PeakMemoryMegabytesTarget:0} MB", Runs.Count(r => r.PeakMemoryMegabytes < PeakMemoryMegabytesTarget)),
    }.Select(t => new TargetMet(t.Target, t.Met, Runs.Count)).ToList();

    public void Print(Reporter report)
    {
        static string R(double? r, string format) => r is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "";
        var table = new Table().Border(TableBorder.Simple).Title($"{Runs.Count} runs of the benchmark, one after another");
        table.AddColumn("Run");
        foreach (var column in new[] { "(a) populate steps", "(b) naive", "(d) floor", "b/a", "a/d", "whole - populate", "pages per sampled page", "peak memory" })
            table.AddColumn(new TableColumn(column).RightAligned());
        for (var i = 0; i < Runs.Count; i++)
        {
            var r = Runs[i];
            table.AddRow((i + 1).ToString(CultureInfo.InvariantCulture), Seconds(r.LoadingSeconds), Seconds(r.NaiveSeconds), Seconds(r.FloorSeconds),
                R(r.NaiveOverDevDb, "0.0"), R(r.DevDbOverFloor, "0.00"), Seconds(BuildOverheadSeconds(r)), R(r.PagesPerSampledPage, "0.00"), R(r.PeakMemoryMegabytes, "0") + " MB");
        }
        table.AddRow("median", Seconds(MedianLoadingSeconds), Seconds(MedianNaiveSeconds), Seconds(MedianFloorSeconds), R(MedianNaiveOverDevDb, "0.0"), R(MedianDevDbOverFloor, "0.00"),
            Seconds(Median(Runs.Select(BuildOverheadSeconds))), R(Median(Runs.Select(r => r.PagesPerSampledPage)), "0.00"),
            R(Median(Runs.Select(r => r.PeakMemoryMegabytes)), "0") + " MB");
        report.Write(table);
        foreach (var t in Targets)
            report.Info($"{t.Target}: met in {t.Met} of {t.Of} runs");
    }

    static double? MedianOf(IEnumerable<double?> values)
    {
        var known = values.OfType<double>().ToList();
        return known.Count == 0 ? null : Median(known);
    }
}
