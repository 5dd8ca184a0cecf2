using DevDb.Cluster;
using DevDb.Common;
using DevDb.Connections;
using DevDb.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace DevDb.Tests.Integration;

public class DemoTests(ITestOutputHelper output)
{
    /// <summary>The newcomer's first command, twice (it must work again), then the target that stops its server.</summary>
    [Fact]
    public void Demo_builds_and_dumps_the_demo_database_and_runs_again()
    {
        using var demo = new OwnDemoCluster();
        var (port, environment, cluster) = (demo.Port, demo.Environment, demo.Cluster);
        var dump = Path.Combine(demo.Root, ".devdb", "demo", "devdb.dump");
        for (var run = 1; run <= 2; run++)
        {
            var result = CakeProcess.Cake(["--target=Demo"], environment);
            output.WriteLine(result.ToString());
            Assert.True(result.ExitCode == 0, $"run {run}: {result.Error}");
            Assert.Contains("Every foreign key holds", result.Output);
            Assert.Contains($"psql -h 127.0.0.1 -p {port} -U postgres devdb", result.Output);
            Assert.True(File.Exists(dump));
        }

        using (var dev = new Npgsql.NpgsqlConnection(cluster.ConnectionString("devdb")))
        {
            dev.Open();
            Checks.AssertForeignKeysHold(dev);
            Assert.True(DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM order_line") > 1000);
            Assert.Equal(0L, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM audit_log"));
        }

        var stop = CakeProcess.Cake(["--target=StopDemo"], environment);
        Assert.Equal(0, stop.ExitCode);
        Assert.False(cluster.IsRunning);
    }
}

/// <summary>Production and the developer database on two servers: the foreign server must reach production by address.</summary>
public class TwoServerTests(ITestOutputHelper output) : IDisposable
{
    readonly DatabasePair _production = new("awkward.sql");
    readonly LocalCluster _developmentServer = new(Path.Combine(Path.GetTempPath(), "devdb-dev-server-" + Guid.NewGuid().ToString("N")[..8]), TestServer.FreePort());

    [Fact]
    public void Build_works_across_two_servers()
    {
        _developmentServer.Start();
        var args = _production.Arguments(Path.Combine(_production.WorkDirectory, "devdb.yml")) with
        {
            Development = new ServerArguments(_developmentServer.Host, _developmentServer.Port, "devdb", LocalCluster.Superuser),
        };
        File.WriteAllText(args.ConfigPath!, _production.WithDecisions("default: { percent: 20 }\n"));
        var settings = DevDbSettings.Resolve(args, _production.RepositoryRoot, Reporter.ToWriter(new OutputWriter(output)),
            name => name == "PGPASSWORD" ? _production.Server.SuperuserPassword : null, _production.WorkDirectory);
        var result = DatabasePair.Build(settings);
        Assert.True(result.TotalRows > 0);
        using var dev = new Npgsql.NpgsqlConnection(_developmentServer.ConnectionString("devdb"));
        dev.Open();
        Checks.AssertForeignKeysHold(dev);
        Assert.True(result.Verification.Passed);
        // a row-level security policy named a role only production's server had: it has a stand-in
        Assert.False(DatabasePair.Scalar<bool>(dev, "SELECT rolcanlogin FROM pg_roles WHERE rolname = $1", "support_" + _production.Production));
        Assert.Equal(2L, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM pg_policy WHERE polrelid = 'secret_note'::regclass"));
    }

    public void Dispose()
    {
        _developmentServer.Destroy();
        _production.Dispose();
    }
}
