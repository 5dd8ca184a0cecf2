// DevDb: turns production PostgreSQL into a small, referentially complete developer database.
// This script holds only the task graph; the work is done by the DevDb library beside it.
#r "DevDb/bin/Release/net10.0/DevDb.dll"

using DevDb;
using DevDb.Cluster;
using DevDb.Common;
using DevDb.Connections;
using DevDb.Demo;
using DevDb.Processes;
using DevDb.Testing;

//////////////////////////////////////////////////////////////////////
// ARGUMENTS
//////////////////////////////////////////////////////////////////////

var target = Argument("target", "Help");

//////////////////////////////////////////////////////////////////////
// CONTEXT
//////////////////////////////////////////////////////////////////////

public sealed class BuildContext
{
    public string RepositoryRoot { get; init; }
    public bool IsDemo { get; init; }
    public Lazy<DevDbSettings> Settings { get; init; }
    public ProductionFacts Production { get; set; }
    public TestCounts TestCounts { get; set; }
    public RunLock Lock { get; set; }
    public int TestExitCode { get; set; }
}

Setup<BuildContext>(ctx =>
{
    Runner.Run(() => DevDb.Configuration.ArgumentNames.Check(Context.Arguments.GetArguments().Keys));
    // Cake runs in build/; every path is resolved from the repository root, once, here.
    var root = MakeAbsolute(Directory("..")).FullPath;
    var isDemo = target is "Demo" or "StartDemo";
    // --local: restore into the demo's throwaway cluster when no developer server is named.
    var isLocal = HasArgument("local") && !HasArgument("dev-host");
    var reporter = Reporter.ToStandardOutput();
    return new BuildContext
    {
        RepositoryRoot = root,
        IsDemo = isDemo,
        // Resolved on first use, so Help and Test need no config.
        Settings = new Lazy<DevDbSettings>(() => Runner.Run(() => isDemo
            ? DemoEnvironment.Settings(root, reporter)
            : DevDbSettings.Resolve(new DevDbArguments
            {
                ConfigPath = Argument<string>("config", null),
                Production = new ServerArguments(Argument<string>("prod-host", null), PortArgument("prod-port"), Argument<string>("prod-db", null), Argument<string>("prod-user", null)),
                Development = isLocal
                    ? new ServerArguments("127.0.0.1", DemoEnvironment.Port, Argument<string>("dev-db", null), LocalCluster.Superuser)
                    : new ServerArguments(Argument<string>("dev-host", null), PortArgument("dev-port"), Argument<string>("dev-db", null), Argument<string>("dev-user", null)),
                SchemaFile = Argument<string>("schema-file", null),
                DumpFile = Argument<string>("dump", null),
                Force = HasArgument("force") && Argument("force", "true") != "false",
                WritesConfig = target == "InitDevDb",
            }, root, reporter))),
    };
});

int? PortArgument(string name)
{
    if (!HasArgument(name)) return null;
    var text = Argument<string>(name);
    if (int.TryParse(text, out var port) && port > 0 && port < 65536) return port;
    Runner.Run(() => throw new DevDbException($"--{name}={text} is not a port number", ExitCodes.BadInput));
    return null;
}

//////////////////////////////////////////////////////////////////////
// INTERNAL TASKS
//////////////////////////////////////////////////////////////////////

Task("Lock")
    .Description("Takes the developer database's run lock: one DevDb action at a time")
    .Does<BuildContext>(ctx => ctx.Lock = Runner.Run(() => RunLock.Acquire(ctx.Settings.Value, target)));

Task("CheckInputs")
    .Description("Checks the config and both connections before anything is changed")
    .IsDependentOn("Lock")
    .Does<BuildContext>(ctx => ctx.Production = Runner.Run(() => Preflight.Run(ctx.Settings.Value, requireDecisions: target != "PlanDevDb")));

Task("StartDemo")
    .Description("Starts the demo's local PostgreSQL cluster and generates its production database")
    .Does<BuildContext>(ctx => Runner.Run(() => DemoEnvironment.StartProduction(ctx.RepositoryRoot, ctx.Settings.Value.Sql, ctx.Settings.Value.Reporter)));

//////////////////////////////////////////////////////////////////////
// DATABASE PROCESSES
//////////////////////////////////////////////////////////////////////

Task("SetupDevDb")
    .Description("1. Creates the developer database and connects it to production through postgres_fdw")
    .IsDependentOn("CheckInputs")
    .Does<BuildContext>(ctx => Runner.Run(() => SetupProcess.Run(ctx.Settings.Value, ctx.Production)));

Task("UpdateDevDb")
    .Description("2. Dumps production's schema to schema.sql, recreates it locally and imports the foreign tables")
    .IsDependentOn("CheckInputs")
    .Does<BuildContext>(ctx => Runner.Run(() => SchemaProcess.Run(ctx.Settings.Value, ctx.Production)));

Task("PopulateDevDb")
    .Description("3. Fills the developer database with a sample of production, every foreign key satisfied")
    .IsDependentOn("CheckInputs")
    .Does<BuildContext>(ctx => Runner.Run(() => PopulateProcess.Run(ctx.Settings.Value, ctx.Production)));

Task("WriteDump")
    .Description("Writes the developer database to a dump file, with its manifest, without anything that reaches production")
    .WithCriteria<BuildContext>(ctx => target == "DumpDevDb" || ctx.Settings.Value.PublishDump, "no --dump and no dump_file: not writing the dump")
    .IsDependentOn("Lock")
    .Does<BuildContext>(ctx => Runner.Run(() => DumpProcess.Run(ctx.Settings.Value)));

Task("WriteStarterConfig")
    .Description("Writes a starter devdb.yml from production's catalog: a rule for every table, a suggested mask for every personal-looking column")
    .Does<BuildContext>(ctx => Runner.Run(() => InitProcess.Run(ctx.Settings.Value)));

Task("Plan")
    .Description("Estimates what populate would load, from production's statistics")
    .IsDependentOn("CheckInputs")
    .Does<BuildContext>(ctx => Runner.Run(() => PlanProcess.Run(ctx.Settings.Value, ctx.Production)));

Task("Verify")
    .Description("Checks the developer database: no orphans, production's tables and columns, sequences ahead")
    .IsDependentOn("Lock")
    .Does<BuildContext>(ctx => Runner.Run(() => Verifier.RunStandalone(ctx.Settings.Value)));

Task("RunTests")
    .Description("Runs the xunit tests against real PostgreSQL")
    .Does<BuildContext>(ctx =>
    {
        var (exitCode, counts) = TestRun.Run(ctx.RepositoryRoot, Argument<string>("filter", null));
        ctx.TestExitCode = exitCode;
        ctx.TestCounts = counts;
    });

Task("StartLocal")
    .Description("With --local: starts the throwaway local PostgreSQL cluster (the demo's) to restore into")
    .WithCriteria(() => HasArgument("local") && !HasArgument("dev-host"))
    .Does<BuildContext>(ctx => Runner.Run(() => DemoEnvironment.Cluster(ctx.RepositoryRoot).Start(ctx.Settings.Value.Reporter)));

Task("Restore")
    .Description("Checks the dump against its manifest and restores it as the local developer database")
    .IsDependentOn("StartLocal")
    .IsDependentOn("Lock")
    .Does<BuildContext>(ctx => Runner.Run(() => RestoreProcess.Run(ctx.Settings.Value,
        Argument<string>("dump", null) ?? throw new DevDbException("RestoreDevDb needs --dump=PATH or --dump=https://.../devdb.dump", ExitCodes.BadInput))));

Task("RunBenchmark")
    .Description("Measures DevDb against the naive way, a full copy and the floor on a synthetic production (--scale=S, --sample=fixed, --link=RTT_MS,MBIT, --parallel=N, --runs=N)")
    .Does<BuildContext>(ctx => Runner.Run(() => DevDb.Benchmark.BenchmarkRunner.RunSeries(ctx.RepositoryRoot,
        BenchmarkScale(), Reporter.ToStandardOutput(), TimeSpan.FromMinutes(20), BenchmarkSample() == "fixed", BenchmarkLink(), BenchmarkParallel(), BenchmarkRuns())));

// --runs=N: the whole benchmark N times, with each run's ratios and their medians; 1 by default
int BenchmarkRuns()
{
    var text = Argument("runs", "1");
    if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= 20) return n;
    Runner.Run(() => throw new DevDbException($"--runs={text} is not a number of runs; use a whole number from 1 to 20", ExitCodes.BadInput));
    return 1;
}

// --parallel=N: DevDb's fetching connections in (a) (the config's parallel:); 1 by default
int BenchmarkParallel()
{
    var text = Argument("parallel", "1");
    if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= DevDb.Configuration.DevDbConfig.MaxParallel) return n;
    Runner.Run(() => throw new DevDbException($"--parallel={text} is not a number of connections; use a whole number from 1 to {DevDb.Configuration.DevDbConfig.MaxParallel}", ExitCodes.BadInput));
    return 1;
}

// --link=RTT_MS,MBIT: production reached through a simulated network link; none by default
DevDb.Benchmark.LinkSettings BenchmarkLink()
{
    var text = Argument("link", "");
    return text.Length == 0 ? null : Runner.Run(() => DevDb.Benchmark.LinkSettings.Parse(text));
}

string BenchmarkSample()
{
    var sample = Argument("sample", "percent");
    if (sample is "percent" or "fixed") return sample;
    Runner.Run(() => throw new DevDbException($"--sample={sample} is not known; use percent (1% of the largest tables) or fixed (as many rows at every scale)", ExitCodes.BadInput));
    return sample;
}

double BenchmarkScale()
{
    var text = Argument("scale", "1");
    if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var scale) && scale > 0 && scale <= 100) return scale;
    Runner.Run(() => throw new DevDbException($"--scale={text} is not a scale; use a number such as 0.1 or 1", ExitCodes.BadInput));
    return 0;
}

Task("RunDetectionCorpus")
    .Description("Loads the labelled schemas of sql/corpus/ into the demo's cluster and scores personal-data detection on them")
    .Does<BuildContext>(ctx => Runner.Run(() => CorpusRun.Run(ctx.RepositoryRoot, Reporter.ToStandardOutput())));

Task("StopDemo")
    .Description("Stops the demo's local PostgreSQL cluster")
    .Does<BuildContext>(ctx => Runner.Run(() => DemoEnvironment.Cluster(ctx.RepositoryRoot).Stop()));

Task("PrintDemoConnection")
    .Description("Prints how to connect to the demo's developer database")
    .Does<BuildContext>(ctx => DemoEnvironment.PrintHowToConnect(ctx.Settings.Value));

//////////////////////////////////////////////////////////////////////
// TARGETS
//////////////////////////////////////////////////////////////////////

Task("BuildDevDb")
    .Description("Builds the developer database from scratch: setup, schema, populate (drops the old one)")
    .IsDependentOn("SetupDevDb")
    .IsDependentOn("UpdateDevDb")
    .IsDependentOn("PopulateDevDb")
    .IsDependentOn("WriteDump");

Task("UpdateDevDbSchema")
    .Description("After production's schema changed: schema, populate (replaces local schemas and data)")
    .IsDependentOn("UpdateDevDb")
    .IsDependentOn("PopulateDevDb")
    .IsDependentOn("WriteDump");

Task("UpdateDevDbData")
    .Description("Refreshes the data from production: populate (replaces local data)")
    .IsDependentOn("PopulateDevDb")
    .IsDependentOn("WriteDump");

Task("DumpDevDb")
    .Description("Writes the file contributors restore (default devdb.dump)")
    .IsDependentOn("WriteDump");

Task("InitDevDb")
    .Description("Writes a starter devdb.yml from production (never overwrites one): rules for every table, a mask for every personal-looking column")
    .IsDependentOn("WriteStarterConfig");

Task("PlanDevDb")
    .Description("Shows, per table, the rule, production's rows and the estimated rows after sampling and closure; writes nothing")
    .IsDependentOn("Plan");

Task("VerifyDevDb")
    .Description("Verifies the developer database (populate does too, before it commits)")
    .IsDependentOn("Verify");

Task("RestoreDevDb")
    .Description("For contributors: restores a published dump (--dump=PATH_OR_URL, --local for a throwaway server)")
    .IsDependentOn("Restore");

Task("Benchmark")
    .Description("Benchmark at scale S (default 1, about 1 GB): ./build.sh --target=Benchmark --scale=0.1; --runs=5 for five runs and their medians")
    .IsDependentOn("RunBenchmark");

Task("Demo")
    .Description("Runs BuildDevDb and DumpDevDb on a built-in demo production database (no production needed)")
    .IsDependentOn("StartDemo")
    .IsDependentOn("BuildDevDb")
    .IsDependentOn("DumpDevDb")
    .IsDependentOn("PrintDemoConnection");

Task("DetectionCorpus")
    .Description("Prints personal-data detection's recall and precision on the labelled corpus, its time, and every miss and false alarm")
    .IsDependentOn("RunDetectionCorpus");

Task("Test")
    .Description("Runs the tests; ends with the line: Tests: N passed, N failed, N skipped")
    .IsDependentOn("RunTests");

Task("Help")
    .Description("Lists the targets")
    .Does(() => Information("Targets: Demo, InitDevDb, BuildDevDb, UpdateDevDbSchema, UpdateDevDbData, DumpDevDb, RestoreDevDb, PlanDevDb, VerifyDevDb, StopDemo, Test.\nSee all tasks with: ./build.sh --description"));

var buildContextForSummary = default(BuildContext);
TaskTeardown<BuildContext>((teardown, ctx) => buildContextForSummary = ctx);

RunTarget(target);

// After Cake's own report, so the test summary is the last line printed.
if (buildContextForSummary?.TestCounts is { } counts)
{
    Console.WriteLine(counts.SummaryLine);
    if (buildContextForSummary.TestExitCode != 0 || counts.Failed > 0 || counts.Passed == 0) Environment.Exit(1);
}
