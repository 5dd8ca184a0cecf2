using DevDb.Cluster;
using DevDb.Common;
using DevDb.Connections;

namespace DevDb.Demo;

/// <summary>
/// The built-in demo: a throwaway cluster under .devdb/ in the repository holding a generated
/// "production" shop database, from which the usual actions build the developer database.
/// </summary>
public static class DemoEnvironment
{
    public const int DefaultPort = 54329;

    /// <summary>54329, or DEVDB_DEMO_PORT: a second demo (the tests') runs beside yours on its own port.</summary>
    public static int Port =>
        int.TryParse(Environment.GetEnvironmentVariable("DEVDB_DEMO_PORT"), out var port) && port is > 0 and < 65536 ? port : DefaultPort;
    public const string ProductionDatabase = "proddb";
    public const string DevelopmentDatabase = "devdb";
    const string Marker = "DevDb demo production";

    /// <summary>
    /// The demo's cluster lives in .devdb/ of the repository. As root the server runs as the postgres
    /// OS user; when that user cannot reach the repository (a clone under /root, say), the cluster
    /// goes to a folder of its own under /var/tmp instead.
    /// </summary>
    public static LocalCluster Cluster(string repositoryRoot)
    {
        var port = Port;
        var inRepository = Path.Combine(repositoryRoot, ".devdb", port == DefaultPort ? "demo-cluster" : "demo-cluster-" + port);
        if (Directory.Exists(inRepository) || LocalCluster.PostgresCanReach(repositoryRoot)) return new LocalCluster(inRepository, port);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(repositoryRoot)))[..12];
        return new LocalCluster(Path.Combine("/var/tmp", $"devdb-demo-{hash}-{port}"), port);
    }

    /// <summary>Arguments that point every action at the demo cluster with the bundled demo config.</summary>
    public static DevDbArguments Arguments(string repositoryRoot) => new()
    {
        ConfigPath = Path.Combine(repositoryRoot, "sql", "demo", "devdb.yml"),
        Production = new ServerArguments("127.0.0.1", Port, ProductionDatabase, LocalCluster.Superuser),
        Development = new ServerArguments("127.0.0.1", Port, DevelopmentDatabase, LocalCluster.Superuser),
    };

    /// <summary>The demo ignores the caller's PG* variables: it talks only to its own cluster.</summary>
    public static DevDbSettings Settings(string repositoryRoot, Reporter reporter) =>
        DevDbSettings.Resolve(Arguments(repositoryRoot), repositoryRoot, reporter, environment: name => name switch
        {
            // The demo's data is made up, so its masking key need not be secret; yours must be.
            "DEVDB_MASK_KEY" => Environment.GetEnvironmentVariable(name) is { Length: > 0 } key ? key : "demo-only-masking-key",
            _ => null,
        });

    /// <summary>Starts the cluster and creates the demo production database unless a complete one is there.</summary>
    public static void StartProduction(string repositoryRoot, SqlFiles sql, Reporter reporter)
    {
        var cluster = Cluster(repositoryRoot);
        cluster.Start(reporter);
        // generating takes about 10 s: say so before it starts
        if (!GeneratedDatabase.Ensure(cluster, sql, ProductionDatabase, Marker, "demo/mark_production.sql", production =>
            {
                reporter.Info($"Generating the demo production database {ProductionDatabase} (a shop: customers, orders, payments; about 10 s)");
                GeneratedDatabase.Execute(production, sql.Load("demo/production.sql"));
            }))
            reporter.Info($"Demo production database {ProductionDatabase} is ready (generated earlier)");
    }

    public static void PrintHowToConnect(DevDbSettings settings)
    {
        var d = settings.Development;
        settings.Reporter.Step("The demo developer database is ready:");
        settings.Reporter.Info($"  psql -h {d.Host} -p {d.Port} -U {d.User} {d.Database}");
        settings.Reporter.Info($"  its dump, as contributors get it: {Path.GetRelativePath(settings.RepositoryRoot, settings.DumpFile)}");
        settings.Reporter.Info("  stop the demo server with: ./build.sh --target=StopDemo");
    }
}
