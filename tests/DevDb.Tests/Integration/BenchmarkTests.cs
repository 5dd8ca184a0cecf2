using System.Text.Json;
using DevDb.Connections;
using DevDb.Tests.Infrastructure;
using Npgsql;
using Xunit;
using Xunit.Abstractions;

namespace DevDb.Tests.Integration;

/// <summary>The benchmark starts BuildDevDb as a process of its own (build.sh): it runs alone.</summary>
[CollectionDefinition("Benchmark", DisableParallelization = true)]
public class BenchmarkCollection;

[Collection("Benchmark")]
public class BenchmarkTests(ITestOutputHelper output)
{
    /// <summary>
    /// A tiny scale, on a cluster of its own: every method runs and is reported, and the floor copies
    /// exactly the rows DevDb ended with. Times are not asserted; they belong to the benchmark's table.
    /// </summary>
    [Fact]
    public void The_benchmark_measures_all_four_ways_and_the_floor_copies_exactly_DevDb_s_rows() =>
        RunBenchmark(["--scale=0.004"], (cluster, run, results) =>
        {
            foreach (var row in new[] { "(a) DevDb BuildDevDb, whole action", "(b) naive populate", "(c) pg_dump | pg_restore of all", "(d) floor: COPY of the final rows", "a/d =", "b/a =", "c/a =", "Populate steps by table" })
                Assert.Contains(row, run.Output);

            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(results, "results-s0_004.json")));
            var result = json.RootElement;
            Assert.True(result.GetProperty("SubsetRows").GetInt64() > 100);
            Assert.Equal(JsonValueKind.Number, result.GetProperty("NaiveSeconds").ValueKind);
            Assert.True(result.GetProperty("ProductionPagesRead").GetInt64() > 0);
            Assert.True(result.GetProperty("SampledPages").GetInt64() > 0);
            Assert.InRange(result.GetProperty("PeakMemoryMegabytes").GetDouble(), 1, 1000);
            Assert.True(result.GetProperty("LoadingSeconds").GetDouble() <= result.GetProperty("PopulateSeconds").GetDouble());
            // (a) ran once from a restarted server, reported apart; then (a) and (d) three times each,
            // and the median is what the ratios use
            Assert.Contains("(a) populate steps, first run: from a restarted server, not in the median", run.Output);
            Assert.True(result.GetProperty("FirstRunLoadingSeconds").GetDouble() > 0);
            foreach (var (runs, median) in new[] { ("LoadingRuns", "LoadingSeconds"), ("FloorRuns", "FloorSeconds") })
            {
                var each = result.GetProperty(runs).EnumerateArray().Select(v => v.GetDouble()).Order().ToList();
                Assert.Equal(3, each.Count);
                Assert.Equal(each[1], result.GetProperty(median).GetDouble());
            }

            // the floor is the same rows, table by table, as the developer database DevDb built
            using var dev = new NpgsqlConnection(cluster.ConnectionString("bench_dev"));
            using var floor = new NpgsqlConnection(cluster.ConnectionString("bench_floor"));
            dev.Open();
            floor.Open();
            Checks.AssertForeignKeysHold(dev);

            // each table's time in (a) and (d), beside its rows as the developer database holds them
            var tables = result.GetProperty("Tables").EnumerateArray().ToList();
            Assert.Contains(tables, t => t.GetProperty("Table").GetString() == "public.customer");
            Assert.Equal(result.GetProperty("SubsetRows").GetInt64(), tables.Sum(t => t.GetProperty("Rows").GetInt64()));
            foreach (var t in tables)
            {
                Assert.Equal(DatabasePair.Scalar<long>(dev, $"SELECT count(*) FROM {t.GetProperty("Table").GetString()}"), t.GetProperty("Rows").GetInt64());
                Assert.True(t.GetProperty("FloorSeconds").GetDouble() > 0);
                Assert.True(t.GetProperty("DevDbSeconds").GetDouble() >= 0);
            }
            Assert.True(tables.Where(t => t.GetProperty("Rows").GetInt64() > 0).All(t => t.GetProperty("DevDbSeconds").GetDouble() > 0));
            // how much CPU the host took meanwhile, read from the kernel's counters
            foreach (var stolen in new[] { "StolenPercentDevDb", "StolenPercentFloor" })
                Assert.InRange(result.GetProperty(stolen).GetDouble(), 0, 100);
            // (the floor copies production's rows unmasked: compare keys)
            foreach (var (table, key) in new[] { ("customer", "id"), ("address", "id"), ("orders", "id"), ("order_line", "order_id, line_no"), ("payment", "id, paid_at"), ("shipment", "id"), ("product", "id"), ("staff", "id") })
            {
                var keys = $"SELECT count(*) || ' ' || md5(coalesce(string_agg(({key})::text, ',' ORDER BY {key}), '')) FROM {table}";
                Assert.Equal(DatabasePair.Scalar<string>(dev, keys), DatabasePair.Scalar<string>(floor, keys));
            }
            Assert.True(DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM order_line") > 0);
            Assert.Equal("none: one machine", result.GetProperty("Link").GetString());
            // the machine as measured: whether the server's shared memory is in huge pages, what a page fault costs
            Assert.Contains("server's shared memory in", result.GetProperty("Machine").GetString());
            Assert.InRange(result.GetProperty("PageFaultMicroseconds").GetDouble(), 0.01, 1000);
            Assert.Contains("a page fault costs", run.Output);

            // (b) makes a developer database by the same rules: its foreign keys hold, and every order
            // it holds, sampled or brought in as a parent, has all its lines, as in (a)'s
            using var naive = new NpgsqlConnection(cluster.ConnectionString("bench_naive"));
            using var production = new NpgsqlConnection(cluster.ConnectionString("bench_prod_s0_004"));
            naive.Open();
            production.Open();
            Checks.AssertForeignKeysHold(naive);
            foreach (var built in new[] { dev, naive })
            {
                var orders = DatabasePair.Scalar<int[]>(built, "SELECT array_agg(id) FROM orders")!;
                Assert.Equal(DatabasePair.Scalar<long>(production, "SELECT count(*) FROM order_line WHERE order_id = ANY ($1)", orders),
                    DatabasePair.Scalar<long>(built, "SELECT count(*) FROM order_line"));
            }
            Assert.Equal(tables.Sum(t => DatabasePair.Scalar<long>(naive, $"SELECT count(*) FROM {t.GetProperty("Table").GetString()}")), result.GetProperty("NaiveRows").GetInt64());
            Assert.Contains("(b) ended with", run.Output);
        });

    /// <summary>
    /// With --link, every method reaches production through the simulated link (DevDb's foreign
    /// server, pg_dump, the floor's COPY), and the round trip it really got is reported; with
    /// --parallel, (a) builds with that many fetching connections; with --runs, the whole benchmark
    /// runs that many times and each run's ratios are printed and written with their medians.
    /// </summary>
    [Fact]
    public void With_a_link_every_method_reaches_production_through_it() =>
        RunBenchmark(["--scale=0.004", "--link=5,1000", "--parallel=2", "--runs=2"], (cluster, run, results) =>
        {
            Assert.Contains("Production is reached through a simulated link: 5 ms round trip, 1000 Mbit/s", run.Output);
            Assert.Contains("BuildDevDb with parallel: 2", run.Output);
            Assert.Contains("Run 2 of 2", run.Output);
            Assert.Contains("2 runs of the benchmark, one after another", run.Output);
            Assert.Contains("(a)'s populate at least 20 times faster than (b)'s: met in", run.Output);
            using (var series = JsonDocument.Parse(File.ReadAllText(Path.Combine(results, "results-s0_004-link5ms1000mbit-parallel2-runs2.json"))))
            {
                var each = series.RootElement.GetProperty("Runs").EnumerateArray().ToList();
                Assert.Equal(2, each.Count);
                Assert.All(each, r => Assert.Equal("5 ms round trip, 1000 Mbit/s", r.GetProperty("Link").GetString()));
                var ratios = each.Select(r => r.GetProperty("NaiveSeconds").GetDouble() / r.GetProperty("LoadingSeconds").GetDouble()).Order().ToList();
                Assert.Equal((ratios[0] + ratios[1]) / 2, series.RootElement.GetProperty("MedianNaiveOverDevDb").GetDouble(), 6);
                var targets = series.RootElement.GetProperty("Targets").EnumerateArray().ToList();
                Assert.Equal(5, targets.Count);
                int Met(string target) => targets.Single(t => t.GetProperty("Target").GetString()!.Contains(target)).GetProperty("Met").GetInt32();
                // each count is of the runs written beside it
                Assert.Equal(ratios.Count(r => r >= 20), Met("20 times faster than (b)"));
                Assert.Equal(each.Count(r => r.GetProperty("ProductionPagesRead").GetDouble() <= 2 * r.GetProperty("SampledPages").GetDouble()), Met("pages per page of sampled rows"));
                Assert.Equal(each.Count(r => r.GetProperty("PeakMemoryMegabytes").GetDouble() < 200), Met("peak memory"));
            }

            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(results, "results-s0_004-link5ms1000mbit-parallel2.json")));
            var result = json.RootElement;
            Assert.Equal("5 ms round trip, 1000 Mbit/s", result.GetProperty("Link").GetString());
            Assert.Equal(2, result.GetProperty("Parallel").GetInt32());
            Assert.True(result.GetProperty("LinkRoundTripMilliseconds").GetDouble() >= 5);
            // DevDb's foreign server pointed at the link, not at production's own port
            using var dev = new NpgsqlConnection(cluster.ConnectionString("bench_dev"));
            dev.Open();
            Checks.AssertForeignKeysHold(dev);
            var port = DatabasePair.Scalar<string>(dev, "SELECT option_value FROM pg_options_to_table((SELECT srvoptions FROM pg_foreign_server WHERE srvname = 'devdb_production')) WHERE option_name = 'port'");
            Assert.NotEqual(cluster.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), port);
            Assert.True(DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM order_line") > 0);
        });

    /// <summary>Runs the benchmark on a cluster of its own, checks it succeeded, then the rest; the cluster and results go afterwards.</summary>
    void RunBenchmark(string[] arguments, Action<Cluster.LocalCluster, CakeProcess.Result, string> check)
    {
        using var demo = new OwnDemoCluster();
        var results = Path.Combine(demo.Root, ".devdb", "benchmark-" + demo.Port);
        try
        {
            var run = CakeProcess.Cake(["--target=Benchmark", .. arguments], demo.Environment);
            output.WriteLine(run.ToString());
            Assert.True(run.ExitCode == 0, run.Error);
            check(demo.Cluster, run, results);
        }
        finally
        {
            CakeProcess.Cake(["--target=StopDemo"], demo.Environment);
            if (Directory.Exists(results)) Directory.Delete(results, recursive: true);
        }
    }

    [Theory]
    [InlineData("--link=fast", "--link=fast is not a link")]
    [InlineData("--parallel=0", "--parallel=0 is not a number of connections")]
    [InlineData("--runs=five", "--runs=five is not a number of runs")]
    public void A_malformed_argument_is_refused_before_anything_runs(string argument, string message)
    {
        var run = CakeProcess.Cake(["--target=Benchmark", "--scale=0.004", argument], new Dictionary<string, string?>());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error + run.Output);
    }
}
