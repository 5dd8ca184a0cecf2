using DevDb.Common;
using DevDb.Processes;
using DevDb.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace DevDb.Tests.Integration;

/// <summary>
/// parallel: N, on the demo's production (percent rules, children, a partitioned table, inheritance,
/// a cycle and masking): what several fetching connections build must be what one builds.
/// </summary>
public class ParallelBuildTests(ITestOutputHelper output) : IDisposable
{
    readonly DatabasePair _pair = new("demo/production.sql");
    const string Key = "parallel-test-key";

    string DemoConfig => File.ReadAllText(Path.Combine(_pair.RepositoryRoot, "sql", "demo", "devdb.yml"))
        .Replace("schema_file:", "# schema_file:").Replace("dump_file:", "# dump_file:");

    DevDbSettings Settings(string extra, StringWriter log, string maxRows = "100000") =>
        _pair.Settings(DemoConfig.Replace("max_rows: 100000", "max_rows: " + maxRows) + "\n" + extra + "\n",
            environment: DatabasePair.Environment(Key), log: log);

    /// <summary>Every table of the developer database: its row count and a digest of its rows.</summary>
    Dictionary<string, string> Contents()
    {
        using var dev = _pair.OpenDevelopment();
        return Snapshot.Tables(dev, "public");
    }

    PopulateResult Build(string extra, out string log, string maxRows = "100000")
    {
        var writer = new StringWriter();
        try
        {
            return DatabasePair.Build(Settings(extra, writer, maxRows));
        }
        finally
        {
            log = writer.ToString();
            output.WriteLine(log);
        }
    }

    [Fact]
    public void Several_fetching_connections_build_exactly_what_one_connection_builds()
    {
        var one = Build("", out var oneLog);
        Assert.True(one.Verification.Passed);
        Assert.DoesNotContain("connections at once", oneLog);
        var expected = Contents();
        Assert.True(one.TotalRows > 1000, $"a demo sample of {one.TotalRows} rows");

        var three = Build("parallel: 3", out var threeLog);
        Assert.True(three.Verification.Passed);
        Assert.Contains("Fetching through 3 connections at once (parallel: 3)", threeLog);
        Assert.Equal(expected, Contents());
        Assert.Equal(one.Tables.Select(t => (t.Table, t.Seeded, t.AddedByClosure, t.AddedAsChildren)),
            three.Tables.Select(t => (t.Table, t.Seeded, t.AddedByClosure, t.AddedAsChildren)));
    }

    [Fact]
    public void Updating_data_in_place_fetches_through_one_connection_and_says_so()
    {
        Build("", out _);
        var expected = Contents();
        var writer = new StringWriter();
        var result = DatabasePair.UpdateData(Settings("parallel: 3", writer));
        output.WriteLine(writer.ToString());
        Assert.True(result.Verification.Passed);
        Assert.Contains("parallel: 3 applies when a staging database is built", writer.ToString());
        Assert.DoesNotContain("connections at once", writer.ToString());
        Assert.Equal(expected, Contents());
    }

    [Fact]
    public void A_parallel_build_that_fails_leaves_the_developer_database_as_it_was()
    {
        Build("", out _);
        var before = Contents();
        // the lines of the sampled orders break this budget while the fetching connections bring them
        var e = Assert.Throws<DevDbException>(() => Build("parallel: 2", out _, maxRows: "{ public.order_line: 50 }"));
        Assert.Contains("over its max_rows of 50", e.Message);
        Assert.Equal(before, Contents());
        using var admin = _pair.Open("postgres");
        Assert.Equal(0L, DatabasePair.Scalar<long>(admin, "SELECT count(*) FROM pg_stat_activity WHERE datname = $1", _pair.Development + "__next"));
    }

    public void Dispose() => _pair.Dispose();
}
