using DevDb.Benchmark;
using DevDb.Common;
using Xunit;

namespace DevDb.Tests.Unit;

public class LinkSettingsTests
{
    [Theory]
    [InlineData("2,1000", 2, 1000)]
    [InlineData("0.5,100", 0.5, 100)]
    [InlineData("20,50", 20, 50)]
    public void A_link_is_a_round_trip_in_milliseconds_and_a_bandwidth_in_megabits(string text, double rtt, double mbit)
    {
        var link = LinkSettings.Parse(text);
        Assert.Equal(rtt, link.RoundTripMilliseconds);
        Assert.Equal(mbit, link.MegabitsPerSecond);
        Assert.Equal(link, LinkSettings.Parse(link.ToString().Replace(" ms round trip, ", ",").Replace(" Mbit/s", "")));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("2,1000,5")]
    [InlineData("fast,1000")]
    [InlineData("-1,1000")]
    [InlineData("2,0")]
    [InlineData("2,1e9")]
    public void Anything_else_is_refused_with_an_example(string text)
    {
        var e = Assert.Throws<DevDbException>(() => LinkSettings.Parse(text));
        Assert.Equal(ExitCodes.BadInput, e.ExitCode);
        Assert.Contains("--link=" + text, e.Message);
        Assert.Contains("--link=2,1000", e.Message);
    }
}
