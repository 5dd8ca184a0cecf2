using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DevDb.Cluster;
using DevDb.Common;
using DevDb.Connections;
using DevDb.Demo;
using DevDb.Graph;
using DevDb.Processes;
using DevDb.Tools;
using Npgsql;
using Spectre.Console;

namespace DevDb.Benchmark;

/// <summary>
/// Measures, in one run on one machine, four ways to make the same developer database from a
/// synthetic production at scale S: (a) DevDb's BuildDevDb, (b) the naive way through the same
/// foreign tables, (c) copying all of production, (d) the floor: COPY of exactly (a)'s final rows.
/// </summary>
public static partial class BenchmarkRunner
{
    public sealed record Result(
        double Scale, string Sample, string Machine, long ProductionRows, long ProductionMegabytes, long SubsetRows,
        double BuildSeconds, double PopulateSeconds, double LoadingSeconds, double? NaiveSeconds, long NaiveRows, double CopyAllSeconds, double FloorSeconds,
        long ProductionPagesRead, long ProductionBufferAccesses, long SampledPages, double PeakMemoryMegabytes,
        IReadOnlyList<double> LoadingRuns, IReadOnlyList<double> FloorRuns, IReadOnlyList<TableTimes> Tables,
        double? StolenPercentDevDb, double? StolenPercentFloor, string Link, double? LinkRoundTripMilliseconds, int Parallel,
        double FirstRunLoadingSeconds, double PageFaultMicroseconds)
    {
        // populate methods are compared on populate's steps (sampling, closure, masking, loading), as (b) and (d) do no more
        public double? NaiveOverDevDb => NaiveSeconds / LoadingSeconds;
        public double CopyAllOverDevDb => CopyAllSeconds / BuildSeconds;
        public double DevDbOverFloor => LoadingSeconds / FloorSeconds;
        public double PagesPerSampledPage => SampledPages == 0 ? 0 : (double)ProductionPagesRead / SampledPages;
        public double AccessesPerSampledPage => SampledPages == 0 ? 0 : (double)ProductionBufferAccesses / SampledPages;
    }

    /// <summary>One table's rows and its median time in (a) (fetching, masking and writing it, closure steps included) and in (d).</summary>
    public sealed record TableTimes(string Table, long Rows, double DevDbSeconds, double FloorSeconds)
    {
        public double DevDbOverFloor => FloorSeconds > 0 ? DevDbSeconds / FloorSeconds : 0;
    }

    /// <summary>One run of (a) or (d): its time, per-table times, and the share of CPU time the host took meanwhile.</summary>
    sealed record MethodRun(double Seconds, IReadOnlyDictionary<string, (long Rows, double Seconds)> Tables, double? StolenPercent);

    const string Key = "benchmark-masking-key";

    /// <summary>Runs of (a) and (d), whose median is reported: one run on a shared machine varies by half.</summary>
    const int Repeats = 3;

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Waits, at most a minute, until no autovacuum worker is busy on the cluster.</summary>
    static void WaitUntilQuiet(LocalCluster cluster, SqlFiles sql)
    {
        using var admin = Open(cluster, "postgres");
        for (var i = 0; i < 120 && Scalar<long>(admin, sql.Load("benchmark/autovacuum_workers.sql")) > 0; i++)
            Thread.Sleep(500);
    }

    /// <summary>
    /// Runs the benchmark. <paramref name="fixedSample"/>: the percent rules are scaled by 1/S, so every
    /// scale samples as many rows as 1% does at S=1, to see how DevDb's time depends on production's size alone.
    /// </summary>
    /// <param name="link">A simulated network link to production for (a) to (d), or null for none: one machine.</param>
    /// <param name="parallel">(a)'s fetching connections (the config's parallel:); 1, the default, keeps one snapshot.</param>
    public static Result Run(string root, double scale, Reporter report, TimeSpan naiveTimeout, bool fixedSample = false, LinkSettings? link = null, int parallel = 1)
    {
        var cluster = DemoEnvironment.Cluster(root);
        cluster.Start(report);
        var prodDb = "bench_prod_s" + ScaleTag(scale);
        var sql = new SqlFiles(Path.Combine(root, "sql"));
        EnsureProduction(cluster, sql, prodDb, scale, report);
        // every method reaches production through the link; the benchmark's own counting goes direct
        using var simulated = link is null ? null : new SimulatedLink(cluster.Host, cluster.Port, link);
        var production = new Endpoint(cluster.Host, simulated?.Port ?? cluster.Port);
        double? roundTripMs = null;
        if (link is not null)
        {
            roundTripMs = RoundTripMilliseconds(cluster, sql, production, prodDb);
            report.Info($"Production is reached through a simulated link: {link} (measured round trip {roundTripMs:0.0} ms; {RoundTripMilliseconds(cluster, sql, new Endpoint(cluster.Host, cluster.Port), prodDb):0.00} ms without it)");
        }
        var outDir = OutputFolder(root);
        Directory.CreateDirectory(outDir);
        var configPath = Path.Combine(root, "sql", "benchmark", "devdb.yml");
        if (fixedSample || parallel > 1)
        {
            var config = File.ReadAllText(configPath);
            if (fixedSample) config = config.Replace("{ percent: 1 }", $"{{ percent: {Math.Min(100, 1 / scale).ToString("0.####", CultureInfo.InvariantCulture)} }}");
            if (parallel > 1) config += FormattableString.Invariant($"\nparallel: {parallel}\n");
            configPath = Path.Combine(outDir, "devdb.run.yml");
            File.WriteAllText(configPath, config);
        }

        DevDbSettings Settings(string devDb) => DevDbSettings.Resolve(new DevDbArguments
        {
            ConfigPath = configPath,
            Production = new ServerArguments(production.Host, production.Port, prodDb, LocalCluster.Superuser),
            Development = new ServerArguments(cluster.Host, cluster.Port, devDb, LocalCluster.Superuser),
            SchemaFile = Path.Combine(outDir, "schema.sql"),
            DumpFile = Path.Combine(outDir, "unused.dump"),
        }, root, Reporter.ToWriter(TextWriter.Null), name => name == "DEVDB_MASK_KEY" ? Key : null, outDir);

        var (productionRows, productionMb) = ProductionSize(cluster, sql, prodDb);
        report.Step($"Production at scale {scale.ToString(CultureInfo.InvariantCulture)}: {productionRows:N0} rows, {productionMb:N0} MB");

        // The last run's copies would keep the server busy (autovacuum) while this one measures.
        using (var admin = Open(cluster, "postgres"))
            foreach (var leftover in new[] { "bench_copy", "bench_naive", "bench_floor" })
                Execute(admin, sql.Render("setup/drop_database.sql", new() { ["database"] = SqlFragment.Identifier(leftover) }));

        // (a) DevDb, as a user runs it, first from a restarted server: production's buffers empty, so
        // the pages it reads count each page (a) needed once. That run is printed but not timed with the
        // rest: none of the other methods starts from empty buffers.
        report.Step($"(a) DevDb: ./build.sh --target=BuildDevDb{(parallel > 1 ? $" with parallel: {parallel}" : "")}, once from a restarted server (production's pages read)");
        cluster.Stop();
        cluster.Start();
        WaitUntilQuiet(cluster, sql);
        var before = Blocks(cluster, prodDb, sql);
        var firstRun = RunDevDb(root, cluster, production, prodDb, outDir, configPath);
        var after = StableBlocks(cluster, prodDb, sql, before);
        var settings = Settings("bench_dev");
        // the floor's rows, and which production pages hold them
        var (subset, sampledPages) = FinalSubset(cluster, sql, settings, prodDb);

        // Then (a) and (d) the floor, in turns, three times each: the median time. In turns, so that a
        // shared machine's busy and quiet spells weigh on both alike.
        report.Step($"(a) DevDb again, and (d) floor: COPY of exactly the final subset's rows, in turns, {Repeats} times each");
        var runs = new List<DevDbRun>();
        var floors = new List<MethodRun>();
        while (runs.Count < Repeats)
        {
            runs.Add(RunDevDb(root, cluster, production, prodDb, outDir, configPath));
            floors.Add(Floor(cluster, production, sql, subset, prodDb, outDir));
        }
        var buildSeconds = Median(runs.Select(r => r.Build));
        var populateSeconds = Median(runs.Select(r => r.Populate));
        var loadingSeconds = Median(runs.Select(r => r.Loading.Seconds));
        var peakMb = runs.Append(firstRun).Max(r => r.PeakMb);
        var floorSeconds = Median(floors.Select(f => f.Seconds));
        var subsetRows = floors[0].Tables.Values.Sum(t => t.Rows);
        var tables = floors[0].Tables.Keys.Order(StringComparer.Ordinal).Select(t => new TableTimes(t, floors[0].Tables[t].Rows,
            Median(runs.Select(r => r.Loading.Tables.GetValueOrDefault(t).Seconds)), Median(floors.Select(f => f.Tables[t].Seconds)))).ToList();

        // (b) the naive way, through the same foreign tables
        report.Step("(b) Naive: random() < p, then children and parents by IN (SELECT ...), round after round until closure, then UPDATE to mask");
        var (naiveSeconds, naiveRows) = Naive(cluster, sql, settings, Settings("bench_naive"), naiveTimeout, report);

        // (c) all of production
        report.Step("(c) Copy all: pg_dump -Fc | pg_restore");
        var copySeconds = CopyAll(cluster, production, sql, prodDb);

        var result = new Result(scale, fixedSample ? "fixed: as many rows as 1% at S=1" : "1% of the largest tables", Machine(cluster), productionRows, productionMb, subsetRows, buildSeconds, populateSeconds, loadingSeconds, naiveSeconds, naiveRows,
            copySeconds, floorSeconds, after.Read - before.Read, after.Accessed - before.Accessed, sampledPages, peakMb,
            runs.Select(r => r.Loading.Seconds).ToList(), floors.Select(f => f.Seconds).ToList(), tables,
            MeanStolen(runs.Select(r => r.Loading.StolenPercent)), MeanStolen(floors.Select(f => f.StolenPercent)),
            link?.ToString() ?? "none: one machine", roundTripMs, parallel, firstRun.Loading.Seconds, PageFaultMicroseconds());
        Print(report, result);
        WriteJson(root, ResultsFile(outDir, scale, fixedSample, link, parallel, ""), result, report);
        return result;
    }

    /// <summary>
    /// Runs the whole benchmark <paramref name="runs"/> times, one after another, and, for more than
    /// one, prints each run's ratios with their medians and how many runs met each target: one run's
    /// (b) varies by a quarter on a shared machine, so a target is judged on the series.
    /// </summary>
    public static BenchmarkSeries RunSeries(string root, double scale, Reporter report, TimeSpan naiveTimeout, bool fixedSample = false, LinkSettings? link = null, int parallel = 1, int runs = 1)
    {
        var results = new List<Result>();
        for (var i = 1; i <= runs; i++)
        {
            if (runs > 1) report.Step($"Run {i} of {runs}");
            results.Add(Run(root, scale, report, naiveTimeout, fixedSample, link, parallel));
        }
        var series = new BenchmarkSeries(results);
        if (runs > 1)
        {
            series.Print(report);
            WriteJson(root, ResultsFile(OutputFolder(root), scale, fixedSample, link, parallel, "-runs" + runs.ToString(CultureInfo.InvariantCulture)), series, report);
        }
        return series;
    }

    /// <summary>Where results go: beside the demo's cluster, or apart for a second one (the tests').</summary>
    static string OutputFolder(string root) =>
        Path.Combine(root, ".devdb", DemoEnvironment.Port == DemoEnvironment.DefaultPort ? "benchmark" : "benchmark-" + DemoEnvironment.Port.ToString(CultureInfo.InvariantCulture));

    /// <summary>The results file's name says the scale, the sample, the link and the connections it ran with.</summary>
    static string ResultsFile(string outDir, double scale, bool fixedSample, LinkSettings? link, int parallel, string suffix)
    {
        var linkTag = link is null ? "" : FormattableString.Invariant($"-link{link.RoundTripMilliseconds:0.###}ms{link.MegabitsPerSecond:0.###}mbit");
        return Path.Combine(outDir, $"results-s{ScaleTag(scale)}{(fixedSample ? "-fixed" : "")}{linkTag}{(parallel > 1 ? "-parallel" + parallel.ToString(CultureInfo.InvariantCulture) : "")}{suffix}.json");
    }

    static string ScaleTag(double scale) => scale.ToString("0.###", CultureInfo.InvariantCulture).Replace('.', '_');

    static void WriteJson<T>(string root, string path, T value, Reporter report)
    {
        File.WriteAllText(path, JsonSerializer.Serialize(value, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        report.Info($"Results written to {Path.GetRelativePath(root, path)}");
    }

    static void EnsureProduction(LocalCluster cluster, SqlFiles sql, string prodDb, double scale, Reporter report)
    {
        if (!GeneratedDatabase.Ensure(cluster, sql, prodDb, "DevDb benchmark production", "benchmark/mark_production.sql", prod =>
            {
                report.Info($"Generating the benchmark production {prodDb} (once; minutes at scale 1)");
                Execute(prod, sql.Load("benchmark/set_scale.sql"), scale.ToString(CultureInfo.InvariantCulture));
                Execute(prod, sql.Load("benchmark/production.sql"));
                Execute(prod, sql.Load("benchmark/vacuum_production.sql"));
            }))
            report.Info($"Reusing the benchmark production {prodDb}");
    }

    /// <summary>One run of (a): the whole action, the whole populate, populate's steps (with each table's share), peak memory.</summary>
    sealed record DevDbRun(double Build, double Populate, MethodRun Loading, double PeakMb);

    /// <summary>
    /// Runs BuildDevDb in its own process, sampling its peak memory; populate's times come from its
    /// output and each table's from the Markdown summary it writes for GitHub Actions.
    /// </summary>
    static DevDbRun RunDevDb(string root, LocalCluster cluster, Endpoint production, string prodDb, string outDir, string configPath)
    {
        var info = new ProcessStartInfo(Path.Combine(root, "build.sh")) { WorkingDirectory = root, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[]
                 {
                     "--target=BuildDevDb", "--config=" + configPath,
                     "--prod-host=" + production.Host, "--prod-port=" + production.Port, "--prod-db=" + prodDb, "--prod-user=" + LocalCluster.Superuser,
                     "--dev-host=" + cluster.Host, "--dev-port=" + cluster.Port, "--dev-db=bench_dev", "--dev-user=" + LocalCluster.Superuser,
                     "--schema-file=" + Path.Combine(outDir, "schema.sql"),
                 })
            info.ArgumentList.Add(a);
        info.Environment["DEVDB_MASK_KEY"] = Key;
        info.Environment["NO_COLOR"] = "1";
        var summary = Path.Combine(outDir, "step-summary.md");
        File.Delete(summary);
        info.Environment["GITHUB_STEP_SUMMARY"] = summary;
        var stolen = CpuTimes.Now();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        double peakKb = 0;
        while (!process.WaitForExit(100)) peakKb = Math.Max(peakKb, PeakKb(process));
        var seconds = clock.Elapsed.TotalSeconds;
        var stolenPercent = CpuTimes.StolenPercentSince(stolen);
        var text = output.Result;
        if (process.ExitCode != 0) throw new DevDbException("the benchmark's BuildDevDb failed:\n" + text);
        var m = PopulateTimes().Matches(text).LastOrDefault() ?? throw new DevDbException("the benchmark's BuildDevDb printed no populate times:\n" + text);
        var tables = SummaryRow().Matches(File.Exists(summary) ? File.ReadAllText(summary) : "").ToDictionary(
            r => r.Groups["table"].Value,
            r => (long.Parse(r.Groups["rows"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture), double.Parse(r.Groups["seconds"].Value, CultureInfo.InvariantCulture)));
        if (tables.Count == 0) throw new DevDbException("the benchmark's BuildDevDb wrote no table times to its step summary");
        var loading = new MethodRun(double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), tables, stolenPercent);
        return new DevDbRun(seconds, double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), loading, peakKb / 1024);
    }

    /// <summary>A table's row in populate's Markdown summary: | table | rule | sampled | parents | children | rows | time |.</summary>
    [GeneratedRegex(@"^\| (?<table>[^|*]+?) \| [^|]* \| [\d,]+ \| [\d,]+ \| [\d,]+ \| (?<rows>[\d,]+) \| (?<seconds>[\d.]+) s \|$", RegexOptions.Multiline)]
    private static partial Regex SummaryRow();

    static double? MeanStolen(IEnumerable<double?> values)
    {
        var known = values.OfType<double>().ToList();
        return known.Count == 0 ? null : known.Average();
    }

    /// <summary>Peak resident memory of a process and its children (dotnet cake runs in a child of build.sh).</summary>
    static double PeakKb(Process root)
    {
        double total = 0;
        foreach (var dir in Directory.GetDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)))
        {
            try
            {
                var status = File.ReadAllLines(Path.Combine(dir, "status"));
                var ppid = status.FirstOrDefault(l => l.StartsWith("PPid:"))?.Split(':')[1].Trim();
                var pid = Path.GetFileName(dir);
                if (pid != root.Id.ToString(CultureInfo.InvariantCulture) && ppid != root.Id.ToString(CultureInfo.InvariantCulture)) continue;
                var hwm = status.FirstOrDefault(l => l.StartsWith("VmHWM:"));
                if (hwm is not null) total = Math.Max(total, double.Parse(hwm.Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return total;
    }

    [GeneratedRegex(@"Populate took ([\d.]+) s: ([\d.]+) s sampling")]
    private static partial Regex PopulateTimes();

    static (long Read, long Accessed) Blocks(LocalCluster cluster, string prodDb, SqlFiles sql) =>
        TwoNumbers(cluster, prodDb, sql.Load("benchmark/blocks_touched.sql"));

    /// <summary>The two numbers a one-row query returns, on a connection of its own.</summary>
    static (long, long) TwoNumbers(LocalCluster cluster, string database, string text)
    {
        using var connection = Open(cluster, database);
        using var command = new NpgsqlCommand(text, connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Production's page counters once the finished sessions' statistics have reached them.</summary>
    static (long Read, long Accessed) StableBlocks(LocalCluster cluster, string prodDb, SqlFiles sql, (long Read, long Accessed) before)
    {
        var last = before;
        var now = before;
        for (var i = 0; i < 50; i++)
        {
            Thread.Sleep(200);
            now = Blocks(cluster, prodDb, sql);
            if (now == last && now != before) break;
            last = now;
        }
        return now;
    }

    /// <summary>
    /// The rows (a) ended with, as one typed key-array literal per table, found once for every run of
    /// (d); and how many of production's pages hold them.
    /// </summary>
    static (List<(LocalTable Table, string Keys)> Subset, long SampledPages) FinalSubset(LocalCluster cluster, SqlFiles sql, DevDbSettings settings, string prodDb)
    {
        using var dev = Database.Open("developer database", settings.Development);
        var model = ModelLoader.Load(settings, dev);
        using var prod = Open(cluster, prodDb);
        var subset = new List<(LocalTable, string)>();
        long sampledPages = 0;
        foreach (var table in model.Tables.Values)
        {
            var fragments = new Dictionary<string, SqlFragment>
            {
                ["table"] = table.Name,
                // PostgreSQL quotes the arrays itself (quote_literal), as text; they are cast to the key's types below
                ["key_arrays"] = new SqlFragment("count(*), " + string.Join(", ", table.PrimaryKey.Select(c => $"quote_literal(coalesce(array_agg({Sql.Quote(c)}::text), '{{}}'))"))),
            };
            var arrays = dev.Query(sql.Render("benchmark/keys.sql", fragments), r => Enumerable.Range(0, r.FieldCount).Select(i => r.GetValue(i).ToString()!).ToArray()).Single();
            if (arrays[0] == "0") continue;
            // typed arrays, so production finds the rows by its primary key's index
            var keys = string.Join(", ", arrays.Skip(1).Select((a, i) => $"{a}::text[]::{table.TypeOf(table.PrimaryKey[i])}[]"));
            subset.Add((table, keys));
            sampledPages += Scalar<long>(prod, sql.Render("benchmark/sampled_pages.sql", KeyFragments(table, keys)));
        }
        return (subset, sampledPages);
    }

    /// <summary>(d): an empty copy of the schema, then COPY of exactly the rows (a) ended with, table by table.</summary>
    static MethodRun Floor(LocalCluster cluster, Endpoint production, SqlFiles sql, List<(LocalTable Table, string Keys)> subset, string prodDb, string outDir)
    {
        using (var admin = Open(cluster, "postgres"))
        {
            Execute(admin, sql.Render("setup/drop_database.sql", new() { ["database"] = SqlFragment.Identifier("bench_floor") }));
            Execute(admin, sql.Render("shared/create_utf8_database.sql", new() { ["database"] = SqlFragment.Identifier("bench_floor") }));
        }
        using var floor = Open(cluster, "bench_floor");
        Execute(floor, sql.Load("benchmark/drop_public.sql"));
        Execute(floor, File.ReadAllText(Path.Combine(outDir, "schema.sql")));
        using var prod = Open(cluster, prodDb, production);
        Execute(floor, sql.Load("benchmark/floor_session.sql"));

        var tables = new Dictionary<string, (long Rows, double Seconds)>();
        var stolen = CpuTimes.Now();
        var clock = Stopwatch.StartNew();
        foreach (var (table, keys) in subset)
        {
            var started = clock.Elapsed;
            var fragments = KeyFragments(table, keys);
            long rows = 0;
            using (var reader = prod.BeginTextExport(WithoutComments(sql.Render("benchmark/copy_out.sql", fragments))))
            using (var writer = floor.BeginTextImport(WithoutComments(sql.Render("benchmark/copy_in.sql", fragments))))
            {
                string? line;
                while ((line = reader.ReadLine()) is not null) { writer.WriteLine(line); rows++; }
            }
            tables[table.Name.ToString()] = (rows, (clock.Elapsed - started).TotalSeconds);
        }
        return new MethodRun(clock.Elapsed.TotalSeconds, tables, CpuTimes.StolenPercentSince(stolen));
    }

    /// <summary>Npgsql's COPY calls want the statement to start with COPY.</summary>
    static string WithoutComments(string text) => string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)));

    static Dictionary<string, SqlFragment> KeyFragments(LocalTable table, string literal) => new()
    {
        ["table"] = table.Name,
        ["columns"] = SqlFragment.Identifiers(table.Columns),
        ["key_columns"] = new SqlFragment(string.Join(", ", table.PrimaryKey.Select(Sql.Quote))),
        ["first_key_column"] = SqlFragment.Identifier(table.PrimaryKey[0]),
        ["key_literals"] = new SqlFragment(literal),
    };

    /// <summary>(b): the same foreign tables, used the naive way. Timed from the first row to closure.</summary>
    static (double? Seconds, long Rows) Naive(LocalCluster cluster, SqlFiles sql, DevDbSettings devdb, DevDbSettings naive, TimeSpan timeout, Reporter report)
    {
        var facts = Preflight.Run(naive);
        SetupProcess.Run(naive, facts);
        SchemaProcess.Run(naive, facts);
        // the staging database is complete enough: swap it in without populating
        SetupProcess.SwapIn(naive);
        using var dev = Database.Open("naive", naive.Development);
        var model = ModelLoader.Load(naive, dev);
        dev.Execute("SET statement_timeout = " + ((long)timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        var clock = Stopwatch.StartNew();
        long rows = 0;
        try
        {
            using var transaction = dev.Begin();
            dev.Execute(sql.Load("populate/begin_load.sql"));
            foreach (var table in model.Tables.Values)
            {
                var fragments = new Dictionary<string, SqlFragment> { ["table"] = table.Name, ["foreign_table"] = table.Foreign, ["columns"] = SqlFragment.Identifiers(table.Columns) };
                var rule = devdb.Config.RuleFor(table.Name, out _);
                if (rule.Kind == Configuration.RuleKind.All) rows += dev.Execute(sql.Render("benchmark/naive_all.sql", fragments));
                else if (rule.Kind == Configuration.RuleKind.Percent) rows += dev.Execute(sql.Render("benchmark/naive_seed.sql", fragments), rule.Percent!.Value / 100);
            }
            // Closure as DevDb's: the children of every local parent (closure's parents too) and the
            // parents of every local row, round after round, until a round adds nothing.
            var children = model.ChildKeys.Select(fk => sql.Render("benchmark/naive_children.sql", NaiveChildren(fk, model.Tables[fk.Child]))).ToList();
            var parents = model.ParentKeys.Select(fk => sql.Render("benchmark/naive_parents.sql", NaiveKey(fk, model.Tables[fk.Parent], "foreign_parent"))).ToList();
            for (var round = 1; ; round++)
            {
                var addedChildren = children.Sum(statement => dev.Execute(statement));
                var addedParents = parents.Sum(statement => dev.Execute(statement));
                if (addedChildren + addedParents == 0) break;
                rows += addedChildren + addedParents;
                report.Info($"  naive round {round}: {addedChildren:N0} children, {addedParents:N0} parents ({clock.Elapsed.TotalSeconds:0} s)");
                if (clock.Elapsed > timeout) throw new TimeoutException();
            }
            foreach (var group in model.Masks.Rules.Keys.GroupBy(c => c.Table))
            {
                var table = model.Tables[group.Key];
                var assignments = string.Join(", ", group.Select(c => $"{Sql.Quote(c.Column)} = md5({Sql.Quote(c.Column)}::text)::{table.TypeOf(c.Column)}"));
                dev.Execute(sql.Render("benchmark/naive_mask.sql", new() { ["table"] = table.Name, ["assignments"] = new SqlFragment(assignments) }));
            }
            transaction.Commit();
            return (clock.Elapsed.TotalSeconds, rows);
        }
        catch (Exception e) when (e is TimeoutException || (e is SqlFailedException s && s.SqlState == "57014"))
        {
            report.Warn($"the naive way did not finish within {timeout.TotalMinutes:0} minutes");
            return (null, rows);
        }
    }

    static Dictionary<string, SqlFragment> NaiveChildren(ForeignKey fk, LocalTable child)
    {
        if (child.PrimaryKey.Count == 0)
            throw new DevDbException($"the naive way needs a primary key on {fk.Child} to tell the children it has from those it lacks");
        var fragments = NaiveKey(fk, child, "foreign_child");
        fragments["child_primary_key"] = SqlFragment.Identifiers(child.PrimaryKey);
        return fragments;
    }

    static Dictionary<string, SqlFragment> NaiveKey(ForeignKey fk, LocalTable table, string foreignName) => new()
    {
        ["child"] = fk.Child,
        ["parent"] = fk.Parent,
        [foreignName] = table.Foreign,
        ["columns"] = SqlFragment.Identifiers(table.Columns),
        ["child_key"] = SqlFragment.Identifiers(fk.ChildColumns),
        ["parent_key"] = SqlFragment.Identifiers(fk.ParentColumns),
    };

    static double CopyAll(LocalCluster cluster, Endpoint production, SqlFiles sql, string prodDb)
    {
        using (var admin = Open(cluster, "postgres"))
        {
            Execute(admin, sql.Render("setup/drop_database.sql", new() { ["database"] = SqlFragment.Identifier("bench_copy") }));
            Execute(admin, sql.Render("shared/create_utf8_database.sql", new() { ["database"] = SqlFragment.Identifier("bench_copy") }));
        }
        var pgDump = PgTools.Find("pg_dump");
        var pgRestore = PgTools.Find("pg_restore");
        var clock = Stopwatch.StartNew();
        var result = PgTools.Run("/bin/bash", ["-o", "pipefail", "-c", "\"$1\" -Fc \"$3\" | \"$2\" --no-owner -d bench_copy", "copy", pgDump, pgRestore, prodDb],
            new Dictionary<string, string?> { ["PGHOST"] = production.Host, ["PGPORT"] = production.Port.ToString(CultureInfo.InvariantCulture), ["PGUSER"] = LocalCluster.Superuser });
        if (result.ExitCode != 0) throw new DevDbException("pg_dump | pg_restore failed: " + PgTools.FirstError(result.StandardError));
        return clock.Elapsed.TotalSeconds;
    }

    static (long rows, long mb) ProductionSize(LocalCluster cluster, SqlFiles sql, string prodDb) =>
        TwoNumbers(cluster, prodDb, sql.Load("benchmark/production_size.sql"));

    static string Machine(LocalCluster cluster) =>
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024 / 1024} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, {SharedMemoryPages(cluster)}";

    /// <summary>
    /// What a page fault costs here: the first write to each 4 kB of fresh shared memory, the median of
    /// three passes over 64 MB. A server process pays one for each 4 kB of the buffer pool it first
    /// touches (without huge pages); bare metal takes well under a microsecond, some virtual machines ten times more.
    /// </summary>
    static double PageFaultMicroseconds()
    {
        const long size = 64L << 20;
        return Median(Enumerable.Range(0, 3).Select(_ =>
        {
            using var map = System.IO.MemoryMappedFiles.MemoryMappedFile.CreateNew(null, size);
            using var view = map.CreateViewAccessor();
            var clock = Stopwatch.StartNew();
            for (long offset = 0; offset < size; offset += 4096) view.Write(offset, (byte)1);
            return clock.Elapsed.TotalMicroseconds / (size / 4096);
        }));
    }

    /// <summary>
    /// Whether the server's shared memory is in huge pages: without them every new server process
    /// faults in each 4 kB of the buffer pool it touches, which some virtual machines make costly.
    /// </summary>
    static string SharedMemoryPages(LocalCluster cluster)
    {
        try
        {
            var pid = File.ReadLines(Path.Combine(cluster.DataDirectory, "postmaster.pid")).First().Trim();
            return File.ReadLines($"/proc/{pid}/maps").Any(l => l.Contains("anon_hugepage", StringComparison.Ordinal))
                ? "server's shared memory in huge pages"
                : "server's shared memory in 4 kB pages (no huge pages)";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return "server's shared memory pages unknown";
        }
    }

    /// <summary>A time as the benchmark's tables print it; null is a method stopped at its timeout.</summary>
    internal static string Seconds(double? s) => s is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) + " s" : "did not finish";

    static void Print(Reporter report, Result r)
    {
        var table = new Table().Border(TableBorder.Simple).Title($"Benchmark, scale {r.Scale.ToString(CultureInfo.InvariantCulture)}: {r.ProductionRows:N0} production rows ({r.ProductionMegabytes:N0} MB), {r.SubsetRows:N0} in the sample ({r.Sample})");
        static string Runs(IEnumerable<double> runs) => string.Join(", ", runs.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture)));
        table.AddColumn("Method").AddColumn(new TableColumn("Time").RightAligned()).AddColumn("Ratio").AddColumn("Each run");
        table.AddRow("(a) DevDb BuildDevDb, whole action", Seconds(r.BuildSeconds), "");
        table.AddRow("(a) DevDb populate, whole", Seconds(r.PopulateSeconds), "");
        table.AddRow("(a) DevDb populate: sampling, closure, masking, loading" + (r.Parallel > 1 ? $" (parallel: {r.Parallel})" : ""), Seconds(r.LoadingSeconds), $"a/d = {r.DevDbOverFloor:0.00}", Runs(r.LoadingRuns));
        table.AddRow("(a) populate steps, first run: from a restarted server, not in the median", Seconds(r.FirstRunLoadingSeconds), "");
        table.AddRow("(b) naive populate", Seconds(r.NaiveSeconds), r.NaiveOverDevDb is { } b ? $"b/a = {b:0.0}" : "b/a > " + ((r.NaiveSeconds ?? 0) / r.LoadingSeconds).ToString("0.0", CultureInfo.InvariantCulture));
        table.AddRow("(c) pg_dump | pg_restore of all", Seconds(r.CopyAllSeconds), $"c/a = {r.CopyAllOverDevDb:0.0}");
        table.AddRow("(d) floor: COPY of the final rows", Seconds(r.FloorSeconds), "", Runs(r.FloorRuns));
        report.Write(table);
        report.Info($"(b) ended with {r.NaiveRows:N0} rows, closed by the same rules as (a)'s {r.SubsetRows:N0} (random() chooses other rows than DevDb's seed)");
        var perTable = new Table().Border(TableBorder.Simple).Title("Populate steps by table (medians): where (a) spends its time beside (d)");
        perTable.AddColumn("Table").AddColumn(new TableColumn("Rows").RightAligned()).AddColumn(new TableColumn("(a)").RightAligned())
            .AddColumn(new TableColumn("(d)").RightAligned()).AddColumn(new TableColumn("a/d").RightAligned());
        foreach (var t in r.Tables)
            perTable.AddRow(Markup.Escape(t.Table), t.Rows.ToString("N0", CultureInfo.InvariantCulture), Seconds(t.DevDbSeconds), Seconds(t.FloorSeconds),
                // a ratio of two times under 10 ms says nothing
                t.FloorSeconds >= 0.01 ? t.DevDbOverFloor.ToString("0.0", CultureInfo.InvariantCulture) : "");
        report.Write(perTable);
        report.Info("(a)'s table times are its statements that wrote each table; its other steps (reading the model, the mask pools, the first key lists) make up the rest of its populate steps.");
        if (r.StolenPercentDevDb is { } stolenA && r.StolenPercentFloor is { } stolenD)
            report.Info($"CPU time the host took from this machine meanwhile (steal): {stolenA:0}% during (a), {stolenD:0}% during (d)");
        report.Info($"Production pages read during (a)'s first run, heap and index, from cold buffers: {r.ProductionPagesRead:N0}; pages holding the sampled rows: {r.SampledPages:N0}; ratio {r.PagesPerSampledPage:0.00}");
        report.Info($"Production buffer accesses during (a)'s first run, counting every visit to a cached page: {r.ProductionBufferAccesses:N0}; ratio {r.AccessesPerSampledPage:0.00}");
        report.Info($"DevDb's peak memory: {r.PeakMemoryMegabytes:0} MB. Machine: {r.Machine}; a page fault costs {r.PageFaultMicroseconds:0.0} µs here. Link to production: {r.Link}{(r.LinkRoundTripMilliseconds is { } rtt ? $" (measured round trip {rtt:0.0} ms)" : "")}");
    }

    /// <summary>Where the methods reach production: the cluster itself, or the simulated link's port.</summary>
    sealed record Endpoint(string Host, int Port);

    /// <summary>A connection to one of the cluster's databases, directly or through <paramref name="via"/>.</summary>
    static NpgsqlConnection Open(LocalCluster cluster, string database, Endpoint? via = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(cluster.ConnectionString(database)) { CommandTimeout = 0 };
        if (via is not null) (builder.Host, builder.Port) = (via.Host, via.Port);
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>The median time of a one-row query's round trip to production, in milliseconds.</summary>
    static double RoundTripMilliseconds(LocalCluster cluster, SqlFiles sql, Endpoint production, string prodDb)
    {
        using var connection = Open(cluster, prodDb, production);
        using var command = new NpgsqlCommand(sql.Load("benchmark/round_trip.sql"), connection);
        command.ExecuteScalar();
        var times = Enumerable.Range(0, 21).Select(_ =>
        {
            var clock = Stopwatch.StartNew();
            command.ExecuteScalar();
            return clock.Elapsed.TotalMilliseconds;
        }).ToList();
        return Median(times);
    }

    static void Execute(NpgsqlConnection connection, string text, params object[] parameters)
    {
        using var command = new NpgsqlCommand(text, connection) { CommandTimeout = 0 };
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        command.ExecuteNonQuery();
    }

    static T Scalar<T>(NpgsqlConnection connection, string text, params object[] parameters)
    {
        using var command = new NpgsqlCommand(text, connection) { CommandTimeout = 0 };
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        return (T)command.ExecuteScalar()!;
    }
}
