using DevDb.Common;
using DevDb.Connections;
using DevDb.Processes;
using DevDb.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace DevDb.Tests.Integration;

/// <summary>
/// Production reached as a role that must give its password (the test cluster demands it of
/// every role but the superuser): through PGPASSWORD, through a .pgpass file, and not at all.
/// </summary>
public class ConnectionAndPasswordTests : IDisposable
{
    const string Password = "Pw-for:reader\\1";
    readonly DatabasePair _pair = new();
    readonly ITestOutputHelper _output;
    readonly string _reader = "reader_" + Guid.NewGuid().ToString("N")[..6];

    public ConnectionAndPasswordTests(ITestOutputHelper output)
    {
        _output = output;
        _pair.Admin(c => DatabasePair.Exec(c, $"CREATE ROLE {_reader} LOGIN PASSWORD '{Password.Replace("'", "''")}'"));
        using var prod = _pair.OpenProduction();
        DatabasePair.Exec(prod, $"GRANT USAGE ON SCHEMA public, audit TO {_reader}; GRANT SELECT ON ALL TABLES IN SCHEMA public, audit TO {_reader}; GRANT SELECT ON ALL SEQUENCES IN SCHEMA public, audit TO {_reader}");
    }

    /// <summary>A process environment holding only the given variables.</summary>
    static Func<string, string?> Env(params (string Name, string Value)[] vars) => name => vars.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Production_is_reached_with_PGPASSWORD_and_the_foreign_server_uses_it_too()
    {
        Assert.True(_pair.Server.EnforcesPasswords, "the test server must demand passwords");
        var log = new StringWriter();
        var settings = DevDbSettings.Resolve(_pair.Arguments(WriteConfig(), _reader), _pair.RepositoryRoot, Reporter.ToWriter(log),
            Env(("PGPASSWORD", Password)), _pair.WorkDirectory);
        var result = DatabasePair.Build(settings);
        Assert.True(result.TotalRows > 0);
        using (var dev = _pair.OpenDevelopment()) Checks.AssertForeignKeysHold(dev);
        AssertSecretNowhere(settings, log.ToString());
    }

    [Fact]
    public void Production_is_reached_with_a_pgpass_file()
    {
        var pgpass = Path.Combine(_pair.WorkDirectory, ".pgpass");
        File.WriteAllText(pgpass, $"# production\n{_pair.Server.Host}:{_pair.Server.Port}:*:{_reader}:{Password.Replace("\\", "\\\\").Replace(":", "\\:")}\n");
        File.SetUnixFileMode(pgpass, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var log = new StringWriter();
        // ~/.pgpass (the home folder here is the test's folder) ...
        var settings = DevDbSettings.Resolve(_pair.Arguments(WriteConfig(), _reader), _pair.RepositoryRoot, Reporter.ToWriter(log), Env(), _pair.WorkDirectory);
        Assert.True(DatabasePair.Build(settings).TotalRows > 0);
        AssertSecretNowhere(settings, log.ToString());
        // ... and PGPASSFILE.
        var moved = Path.Combine(_pair.WorkDirectory, "elsewhere.pgpass");
        File.Move(pgpass, moved);
        settings = DevDbSettings.Resolve(_pair.Arguments(WriteConfig(), _reader), _pair.RepositoryRoot, Reporter.ToWriter(log), Env(("PGPASSFILE", moved)), _pair.WorkDirectory);
        Assert.True(DatabasePair.UpdateData(settings).TotalRows > 0);

        // A password file others can read is ignored, as libpq does, with a warning.
        File.SetUnixFileMode(moved, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        var warnings = new StringWriter();
        settings = DevDbSettings.Resolve(_pair.Arguments(WriteConfig(), _reader), _pair.RepositoryRoot, Reporter.ToWriter(warnings), Env(("PGPASSFILE", moved)), _pair.WorkDirectory);
        var e = Assert.Throws<DevDbException>(() => Preflight.Run(settings));
        Assert.Contains("requires a password", e.Message);
        Assert.Contains("group or world access", warnings.ToString());
    }

    /// <summary>
    /// A nightly UpdateDevDbData after production's password was rotated: preflight connects with
    /// the new one, and so must the foreign server the build set up with the old one.
    /// </summary>
    [Fact]
    public void Updating_data_after_the_password_changed_reads_production_with_the_new_one()
    {
        var log = new StringWriter();
        var settings = DevDbSettings.Resolve(_pair.Arguments(WriteConfig(ConfigWithCountries), _reader), _pair.RepositoryRoot, Reporter.ToWriter(log),
            Env(("PGPASSWORD", Password)), _pair.WorkDirectory);
        DatabasePair.Build(settings);

        const string rotated = "Rotated-pw:2";
        _pair.Admin(c => DatabasePair.Exec(c, $"ALTER ROLE {_reader} PASSWORD '{rotated}'"));
        using (var prod = _pair.OpenProduction()) DatabasePair.Exec(prod, "INSERT INTO public.country VALUES ('IE', 'Ireland')");
        settings = DevDbSettings.Resolve(_pair.Arguments(WriteConfig(ConfigWithCountries), _reader), _pair.RepositoryRoot, Reporter.ToWriter(log),
            Env(("PGPASSWORD", rotated)), _pair.WorkDirectory);
        Assert.True(DatabasePair.UpdateData(settings).TotalRows > 0);

        using (var dev = _pair.OpenDevelopment())
            Assert.Equal("Ireland", DatabasePair.Scalar<string>(dev, "SELECT name FROM public.country WHERE code = 'IE'"));
        Assert.Contains("Foreign server devdb_production now reaches production", log.ToString());
        Assert.Contains("(password changed since it was set up)", log.ToString());
        Assert.DoesNotContain(rotated, log.ToString());
        AssertSecretNowhere(settings, log.ToString());
    }

    /// <summary>
    /// UpdateDevDbData given another production (a moved or renamed database) reads that one, the one
    /// preflight checked, not the one the developer database was built from.
    /// </summary>
    [Fact]
    public void Updating_data_reads_the_production_it_is_given_not_the_one_it_was_built_from()
    {
        var settings = _pair.Settings(ConfigWithCountries, _output);
        DatabasePair.Build(settings);
        var moved = _pair.Production + "_moved";
        _pair.Admin(c => DatabasePair.Exec(c, $"CREATE DATABASE {moved} TEMPLATE {_pair.Production}"));
        try
        {
            using (var prod = _pair.Open(moved)) DatabasePair.Exec(prod, "UPDATE public.country SET name = 'Moved' WHERE code = 'FR'");
            var built = _pair.Arguments(Path.Combine(_pair.WorkDirectory, "devdb.yml"));
            var args = built with { Production = built.Production with { Database = moved } };
            DevDbSettings MovedSettings(TextWriter log) => DevDbSettings.Resolve(args, _pair.RepositoryRoot, Reporter.ToWriter(log),
                name => name == "PGPASSWORD" ? _pair.Server.SuperuserPassword : null, _pair.WorkDirectory);
            var log = new StringWriter();
            DatabasePair.UpdateData(MovedSettings(log));

            using var dev = _pair.OpenDevelopment();
            Assert.Equal("Moved", DatabasePair.Scalar<string>(dev, "SELECT name FROM public.country WHERE code = 'FR'"));
            Assert.Equal(moved, DatabasePair.Scalar<string>(dev,
                "SELECT option_value FROM pg_options_to_table((SELECT srvoptions FROM pg_foreign_server WHERE srvname = 'devdb_production')) WHERE option_name = 'dbname'"));
            Assert.Contains("(dbname changed since it was set up)", log.ToString());

            // and again with nothing changed: nothing to say
            var again = new StringWriter();
            DatabasePair.UpdateData(MovedSettings(again));
            Assert.DoesNotContain("now reaches production", again.ToString());
        }
        finally
        {
            _pair.Admin(c => DatabasePair.Exec(c, $"DROP DATABASE IF EXISTS {moved} WITH (FORCE)"));
        }
    }

    const string ConfigWithCountries = "default: { percent: 20 }\ntables:\n  public.country: all\n  public.page_view: { limit: 10 }\n";

    [Fact]
    public void A_wrong_password_is_one_clear_line_without_the_password()
    {
        var settings = DevDbSettings.Resolve(_pair.Arguments(WriteConfig(), _reader), _pair.RepositoryRoot, Reporter.ToWriter(TextWriter.Null),
            Env(("PGPASSWORD", "not-" + Password)), _pair.WorkDirectory);
        var e = Assert.Throws<DevDbException>(() => Preflight.Run(settings));
        Assert.Equal($"production: password authentication failed for user \"{_reader}\" at {_pair.Server.Host}:{_pair.Server.Port}", e.Message);
        Assert.Equal(ExitCodes.Connection, e.ExitCode);
    }

    [Fact]
    public void PGHOST_and_PGPORT_are_honoured_when_nothing_else_is_given()
    {
        var args = _pair.Arguments(WriteConfig()) with
        {
            Production = new ServerArguments(Database: _pair.Production),
            Development = new ServerArguments(Database: _pair.Development),
        };
        var settings = DevDbSettings.Resolve(args, _pair.RepositoryRoot, Reporter.ToWriter(TextWriter.Null),
            Env(("PGHOST", _pair.Server.Host), ("PGPORT", _pair.Server.Port.ToString()), ("PGUSER", _pair.Server.Superuser)), _pair.WorkDirectory);
        Assert.Equal((_pair.Server.Host, _pair.Server.Port), (settings.Production.Host, settings.Production.Port));
        var facts = Preflight.Run(settings);
        Assert.Contains("public", facts.Schemas);
    }

    string WriteConfig(string yaml = "default: { percent: 20 }\ntables:\n  public.page_view: { limit: 10 }\n")
    {
        var path = Path.Combine(_pair.WorkDirectory, "devdb.yml");
        File.WriteAllText(path, _pair.WithDecisions(yaml));
        return path;
    }

    void AssertSecretNowhere(DevDbSettings settings, string log)
    {
        Assert.DoesNotContain(Password, log);
        Assert.DoesNotContain(Password, File.ReadAllText(settings.SchemaFile));
        var dump = DumpProcess.Run(settings);
        var restoreScript = DevDb.Tools.PgTools.Run(DevDb.Tools.PgTools.Find("pg_restore"), ["--file=-", dump], new Dictionary<string, string?>());
        Assert.Equal(0, restoreScript.ExitCode);
        Assert.DoesNotContain(Password, restoreScript.StandardOutput);
        Assert.DoesNotContain(_reader, restoreScript.StandardOutput);
        _output.WriteLine(log);
    }

    public void Dispose()
    {
        _pair.Dispose();
        _pair.Admin(c => DatabasePair.Exec(c, $"DROP ROLE IF EXISTS {_reader}"));
    }
}
