using DevDb.Cluster;
using DevDb.Tools;
using Npgsql;
using Testcontainers.PostgreSql;

namespace DevDb.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests use, made once per run: the superuser connection in
/// DEVDB_TEST_PG when set; otherwise a throwaway cluster from the installed binaries (as the
/// postgres OS user when running as root); otherwise, where Docker runs, a Testcontainers one.
/// </summary>
public sealed class TestServer
{
    static readonly Lazy<TestServer> Shared = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static TestServer Instance => Shared.Value;

    TestServer(string host, int port, string user, string? password, bool enforcesPasswords, string description)
    {
        Host = host;
        Port = port;
        Superuser = user;
        SuperuserPassword = password;
        EnforcesPasswords = enforcesPasswords;
        Description = description;
    }

    public string Host { get; }
    public int Port { get; }
    public string Superuser { get; }
    public string? SuperuserPassword { get; }

    /// <summary>True when roles other than the superuser must give a password (our own cluster's pg_hba).</summary>
    public bool EnforcesPasswords { get; }

    public string Description { get; }

    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = Host, Port = Port, Username = Superuser, Password = SuperuserPassword, Database = database,
        Pooling = false, Timeout = 15, CommandTimeout = 120,
    }.ConnectionString;

    static TestServer Create()
    {
        var given = Environment.GetEnvironmentVariable("DEVDB_TEST_PG");
        if (!string.IsNullOrEmpty(given))
        {
            var b = new NpgsqlConnectionStringBuilder(given);
            return new TestServer(b.Host!, b.Port, b.Username ?? "postgres", b.Password, enforcesPasswords: false, "DEVDB_TEST_PG");
        }

        if (HasServerBinaries())
        {
            RemoveStaleClusters();
            var directory = Path.Combine(Path.GetTempPath(), "devdb-tests-" + Environment.ProcessId);
            var cluster = new LocalCluster(directory, FreePort());
            cluster.Start();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Destroy();
            return new TestServer(cluster.Host, cluster.Port, LocalCluster.Superuser, null, enforcesPasswords: true, "local cluster");
        }

        var container = new PostgreSqlBuilder().WithImage("postgres:15").WithPassword("postgres").Build();
        container.StartAsync().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
        var cs = new NpgsqlConnectionStringBuilder(container.GetConnectionString());
        return new TestServer(cs.Host!, cs.Port, cs.Username!, cs.Password, enforcesPasswords: true, "Testcontainers");
    }

    /// <summary>Folders of earlier runs whose server is no longer running (a run killed before its cleanup).</summary>
    static void RemoveStaleClusters()
    {
        foreach (var dir in Directory.GetDirectories(Path.GetTempPath(), "devdb-tests-*"))
        {
            if (File.Exists(Path.Combine(dir, "data", "postmaster.pid"))) continue;
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    static bool HasServerBinaries()
    {
        try
        {
            PgTools.Find("initdb");
            PgTools.Find("pg_ctl");
            return true;
        }
        catch (DevDb.Common.DevDbException)
        {
            return false;
        }
    }

    public static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
