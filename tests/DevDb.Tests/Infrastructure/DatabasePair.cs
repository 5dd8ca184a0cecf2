using DevDb.Common;
using DevDb.Connections;
using DevDb.Processes;
using Npgsql;
using Xunit.Abstractions;

namespace DevDb.Tests.Infrastructure;

/// <summary>
/// A production database made from a fixture script and a developer database name, both unique
/// to one test class and dropped afterwards; settings for the library point at them.
/// </summary>
public class DatabasePair : IDisposable
{
    public DatabasePair() : this("shop.sql") { }

    /// <summary>
    /// Each fixture's personal-looking columns, kept: tests about other things need a decision for
    /// them (deny by default), and keeping leaves the values those tests check as they are.
    /// </summary>
    static readonly Dictionary<string, string> FixtureDecisions = new()
    {
        ["shop.sql"] = "keep:\n  - public.customer.email\n  - public.customer.name\n  - public.staff.name\n  - public.address.street\n",
        ["awkward.sql"] = "keep:\n  - public.users.email\n  - public.users.avatar\n  - public.secret_note.note\n",
        ["people.sql"] = "",
        // the demo's production, whose config (sql/demo/devdb.yml) makes its own decisions
        ["demo/production.sql"] = "",
    };

    readonly string _decisions;

    /// <summary>The keep block a fixture's tests add to their configs (see <see cref="WithDecisions"/>).</summary>
    public static string DecisionsFor(string fixtureScript) => FixtureDecisions.GetValueOrDefault(fixtureScript, "");

    /// <summary>The config with the fixture's keep block added, unless it makes masking decisions of its own.</summary>
    public string WithDecisions(string configYaml) =>
        configYaml.Contains("mask:") || configYaml.Contains("keep:") ? configYaml : configYaml.TrimEnd('\n') + "\n" + _decisions;

    public DatabasePair(string fixtureScript)
    {
        _decisions = DecisionsFor(fixtureScript);
        var id = Guid.NewGuid().ToString("N")[..10];
        Production = "prod_" + id;
        Development = "dev_" + id;
        WorkDirectory = Path.Combine(Path.GetTempPath(), "devdb-test-" + id);
        Directory.CreateDirectory(WorkDirectory);
        Admin(conn =>
        {
            Exec(conn, $"CREATE DATABASE {Sql.Quote(Production)} TEMPLATE template0 ENCODING 'UTF8'");
        });
        using var prod = OpenProduction();
        // the demo's production and the labelled corpus live under sql/, the tests' own fixtures beside them
        Exec(prod, File.ReadAllText(fixtureScript.StartsWith("demo/", StringComparison.Ordinal) || fixtureScript.StartsWith("corpus/", StringComparison.Ordinal)
            ? Path.Combine(RepositoryRoot, "sql", fixtureScript)
            : Path.Combine(AppContext.BaseDirectory, "Fixtures", fixtureScript)));
    }

    public TestServer Server => TestServer.Instance;
    public string Production { get; }
    public string Development { get; }
    public string WorkDirectory { get; }
    public string RepositoryRoot => DevDbSettings.FindRepositoryRoot(AppContext.BaseDirectory);

    public NpgsqlConnection OpenProduction() => Open(Production);
    public NpgsqlConnection OpenDevelopment() => Open(Development);

    public NpgsqlConnection Open(string database)
    {
        var connection = new NpgsqlConnection(Server.ConnectionString(database));
        connection.Open();
        return connection;
    }

    public void Admin(Action<NpgsqlConnection> action)
    {
        using var connection = Open("postgres");
        action(connection);
    }

    /// <summary>
    /// Settings as the Cake script would resolve them, with a config written for this test; progress
    /// goes to <paramref name="log"/> when given (for tests that check it), else to xunit's output.
    /// </summary>
    public DevDbSettings Settings(string configYaml = "", ITestOutputHelper? output = null, Func<string, string?>? environment = null,
        string? productionUser = null, bool force = false, TextWriter? log = null)
    {
        var config = Path.Combine(WorkDirectory, "devdb.yml");
        File.WriteAllText(config, WithDecisions(configYaml));
        return DevDbSettings.Resolve(Arguments(config, productionUser, force), RepositoryRoot,
            Reporter.ToWriter(log ?? (output is null ? TextWriter.Null : new OutputWriter(output))),
            environment ?? (name => name == "PGPASSWORD" ? Server.SuperuserPassword : null), WorkDirectory);
    }

    public DevDbArguments Arguments(string configPath, string? productionUser = null, bool force = false) => new()
    {
        ConfigPath = configPath,
        Production = new ServerArguments(Server.Host, Server.Port, Production, productionUser ?? Server.Superuser),
        Development = new ServerArguments(Server.Host, Server.Port, Development, Server.Superuser),
        SchemaFile = Path.Combine(WorkDirectory, "schema.sql"),
        DumpFile = Path.Combine(WorkDirectory, "devdb.dump"),
        Force = force,
    };

    /// <summary>The script's connection arguments for this pair, as a user would type them.</summary>
    public List<string> CakeConnection(string? prodDb = null, string? devDb = null, int? prodPort = null, string? prodUser = null) =>
    [
        "--prod-host=" + Server.Host, "--prod-port=" + (prodPort ?? Server.Port), "--prod-db=" + (prodDb ?? Production), "--prod-user=" + (prodUser ?? Server.Superuser),
        "--dev-host=" + Server.Host, "--dev-port=" + Server.Port, "--dev-db=" + (devDb ?? Development), "--dev-user=" + Server.Superuser,
    ];

    /// <summary>The settings' environment: the test server's password and, when given, a masking key.</summary>
    public static Func<string, string?> Environment(string? maskKey, string? password = null) => name => name switch
    {
        "PGPASSWORD" => password ?? TestServer.Instance.SuperuserPassword,
        "DEVDB_MASK_KEY" => maskKey,
        _ => null,
    };

    public Dictionary<string, string?> CakeEnvironment(string? password = null) => new() { ["PGPASSWORD"] = password ?? Server.SuperuserPassword };

    /// <summary>Runs processes 1, 2 and 3, as BuildDevDb does.</summary>
    public static PopulateResult Build(DevDbSettings settings)
    {
        var facts = Preflight.Run(settings);
        SetupProcess.Run(settings, facts);
        SchemaProcess.Run(settings, facts);
        return PopulateProcess.Run(settings, facts);
    }

    public static PopulateResult UpdateSchema(DevDbSettings settings)
    {
        var facts = Preflight.Run(settings);
        SchemaProcess.Run(settings, facts);
        return PopulateProcess.Run(settings, facts);
    }

    public static PopulateResult UpdateData(DevDbSettings settings) => PopulateProcess.Run(settings, Preflight.Run(settings));

    public static void Exec(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 300 };
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        command.ExecuteNonQuery();
    }

    public static T? Scalar<T>(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T));
    }

    /// <summary>A query's one value after a statement, on one connection (a setting the statement made applies).</summary>
    public static string? ScalarAfter(NpgsqlConnection connection, string statement, string query)
    {
        Exec(connection, statement);
        return Scalar<string>(connection, query);
    }

    public long Count(NpgsqlConnection connection, string table) => Scalar<long>(connection, $"SELECT count(*) FROM {table}");

    public virtual void Dispose()
    {
        Admin(conn =>
        {
            foreach (var db in new[] { Development, Development + "_dump_copy", Development + "__next", Development + "__old", Production })
                Exec(conn, $"DROP DATABASE IF EXISTS {Sql.Quote(db)} WITH (FORCE)");
            // the awkward fixture's policy role
            Exec(conn, $"DROP ROLE IF EXISTS {Sql.Quote("support_" + Production)}");
        });
        try { Directory.Delete(WorkDirectory, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}

/// <summary>Sends the library's progress to xunit's output, so a failing test shows what ran.</summary>
public sealed class OutputWriter(ITestOutputHelper output) : TextWriter
{
    readonly System.Text.StringBuilder _line = new();
    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

    public override void Write(char value)
    {
        if (value == '\n') Flush();
        else if (value != '\r') _line.Append(value);
    }

    public override void Flush()
    {
        if (_line.Length == 0) return;
        try { output.WriteLine(_line.ToString()); } catch (InvalidOperationException) { }
        _line.Clear();
    }
}
