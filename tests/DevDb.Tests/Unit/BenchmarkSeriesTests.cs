using DevDb.Benchmark;
using Xunit;

namespace DevDb.Tests.Unit;

/// <summary>A series of benchmark runs: medians of each ratio, and in how many runs each target was met.</summary>
public class BenchmarkSeriesTests
{
    static BenchmarkRunner.Result Run(double loading, double? naive, double floor, double build = 8, double populate = 4, long pagesRead = 24_718, double peakMb = 66) =>
        new(1, "1% of the largest tables", "test machine", 8_920_870, 898, 286_158,
            build, populate, loading, naive, 281_000, 33, floor,
            pagesRead, 573_319, 17_930, peakMb,
            [loading], [floor], [], null, null, "none: one machine", null, 1, loading, 3.4);

    [Fact]
    public void Each_ratio_has_its_median_over_the_runs()
    {
        var series = new BenchmarkSeries([Run(3.5, 70, 2.0), Run(3.0, 75, 2.5), Run(4.0, 60, 2.1)]);
        Assert.Equal(3.5, series.MedianLoadingSeconds);
        Assert.Equal(70, series.MedianNaiveSeconds);
        Assert.Equal(2.1, series.MedianFloorSeconds);
        Assert.Equal(20, series.MedianNaiveOverDevDb!.Value, 6);   // 15, 20, 25
        Assert.Equal(1.75, series.MedianDevDbOverFloor, 6);        // 1.2, 1.75, 1.90
    }

    [Fact]
    public void A_target_counts_the_runs_that_met_it()
    {
        var series = new BenchmarkSeries([
            Run(3.5, 77, 2.0),                                   // b/a 22, a/d 1.75: all met
            Run(3.7, 73, 2.3),                                   // b/a 19.7: short of 20
            Run(5.0, 110, 2.4, build: 16, populate: 5.5),        // a/d 2.08, and 10.5 s beside populate
            Run(3.0, 90, 1.8, pagesRead: 40_000, peakMb: 250),   // 2.23 pages per sampled page, 250 MB
        ]);
        Assert.All(series.Targets, t => Assert.Equal(4, t.Of));
        Assert.Equal(3, series.Targets[0].Met);   // b/a >= 20: 22, 22, 30
        Assert.Equal(3, series.Targets[1].Met);   // a/d <= 2
        Assert.Equal(3, series.Targets[2].Met);   // whole action - populate < 10 s
        Assert.Equal(3, series.Targets[3].Met);   // pages per sampled page <= 2
        Assert.Equal(3, series.Targets[4].Met);   // peak memory < 200 MB
        Assert.Contains("20 times faster than (b)", series.Targets[0].Target);
    }

    [Fact]
    public void A_naive_way_that_did_not_finish_is_left_out_of_its_median_and_does_not_count_as_met()
    {
        var series = new BenchmarkSeries([Run(3.0, null, 2.0), Run(3.0, 66, 2.0)]);
        Assert.Equal(22, series.MedianNaiveOverDevDb!.Value, 6);
        Assert.Equal(1, series.Targets[0].Met);
        Assert.Null(new BenchmarkSeries([Run(3.0, null, 2.0)]).MedianNaiveOverDevDb);
    }
}
