using DevDb.Cluster;
using DevDb.Common;
using DevDb.Connections;
using DevDb.Tests.Infrastructure;
using Npgsql;
using Xunit;

namespace DevDb.Tests.Integration;

/// <summary>
/// A developer server that logs every statement with its parameters still never logs production's
/// password, which DevDb binds as a parameter when it sets up the foreign server and when an update
/// follows a rotated password. A cluster of its own, so that its logging touches no other test.
/// </summary>
public sealed class ServerLogTests : IDisposable
{
    const string Password = "Log-secret:first";
    const string Rotated = "Log-secret:second";
    readonly string _work = Path.Combine(Path.GetTempPath(), "devdb-log-test-" + Guid.NewGuid().ToString("N")[..8]);
    readonly LocalCluster _cluster;

    public ServerLogTests()
    {
        _cluster = new LocalCluster(Path.Combine(_work, "cluster"), TestServer.FreePort());
        _cluster.Start();
        using (var admin = Open("postgres"))
        {
            Exec(admin, "CREATE DATABASE prod TEMPLATE template0 ENCODING 'UTF8'");
            Exec(admin, $"CREATE ROLE reader LOGIN PASSWORD '{Password}'");
        }
        using (var prod = Open("prod"))
        {
            Exec(prod, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "shop.sql")));
            Exec(prod, "GRANT USAGE ON SCHEMA public, audit TO reader; GRANT SELECT ON ALL TABLES IN SCHEMA public, audit TO reader; GRANT SELECT ON ALL SEQUENCES IN SCHEMA public, audit TO reader");
        }
        // every statement of the developer database's sessions (the superuser's), with its parameters
        using (var admin = Open("postgres")) Exec(admin, "ALTER ROLE postgres SET log_min_duration_statement = 0");
    }

    [Fact]
    public void Production_s_password_is_not_in_a_developer_server_log_that_logs_every_statement()
    {
        DatabasePair.Build(Settings(Password));
        using (var admin = Open("postgres"))
        {
            Exec(admin, "SET log_min_duration_statement = -1");   // the test's own statement is not DevDb's to hide
            Exec(admin, $"ALTER ROLE reader PASSWORD '{Rotated}'");
        }
        DatabasePair.UpdateData(Settings(Rotated));

        var log = File.ReadAllText(_cluster.LogFile);
        // the statements that carried the passwords were logged, and parameters are logged here ...
        Assert.Contains("pg_temp.create_foreign_server(", log);
        Assert.Contains("pg_temp.devdb_follow_production(", log);
        Assert.Contains("parameters: $1 = ", log);
        // ... but not the passwords
        Assert.DoesNotContain(Password, log);
        Assert.DoesNotContain(Rotated, log);
    }

    DevDbSettings Settings(string password)
    {
        var config = Path.Combine(_work, "devdb.yml");
        File.WriteAllText(config, "default: { percent: 20 }\ntables:\n  public.page_view: { limit: 10 }\n" + DatabasePair.DecisionsFor("shop.sql"));
        return DevDbSettings.Resolve(new DevDbArguments
        {
            ConfigPath = config,
            Production = new ServerArguments(_cluster.Host, _cluster.Port, "prod", "reader"),
            Development = new ServerArguments(_cluster.Host, _cluster.Port, "dev", LocalCluster.Superuser),
            SchemaFile = Path.Combine(_work, "schema.sql"),
            DumpFile = Path.Combine(_work, "devdb.dump"),
        }, DevDbSettings.FindRepositoryRoot(AppContext.BaseDirectory), Reporter.ToWriter(TextWriter.Null),
            name => name == "PGPASSWORD" ? password : null, _work);
    }

    NpgsqlConnection Open(string database)
    {
        var connection = new NpgsqlConnection(_cluster.ConnectionString(database));
        connection.Open();
        return connection;
    }

    static void Exec(NpgsqlConnection connection, string sql) => DatabasePair.Exec(connection, sql);

    public void Dispose()
    {
        _cluster.Destroy();
        if (Directory.Exists(_work)) Directory.Delete(_work, recursive: true);
    }
}
