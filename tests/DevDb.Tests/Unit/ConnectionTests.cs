using DevDb.Common;
using DevDb.Configuration;
using DevDb.Connections;
using Xunit;

namespace DevDb.Tests.Unit;

public class PgPassFileTests
{
    [Fact]
    public void Matches_fields_with_wildcards_first_match_wins()
    {
        var file = PgPassFile.Parse("""
            # comment
            db.example.com:5432:proddb:reader:first
            *:5432:proddb:reader:second
            *:*:*:*:fallback
            """);
        Assert.Equal("first", file.Find("db.example.com", 5432, "proddb", "reader"));
        Assert.Equal("second", file.Find("other.host", 5432, "proddb", "reader"));
        Assert.Equal("fallback", file.Find("other.host", 6543, "devdb", "postgres"));
    }

    [Fact]
    public void Honours_backslash_escapes_and_colons_in_passwords()
    {
        var file = PgPassFile.Parse(@"host\:x:5432:db:user:pa\:ss\\word" + "\n" + "h:5432:db:u:a:b:c\n");
        Assert.Equal(@"pa:ss\word", file.Find("host:x", 5432, "db", "user"));
        Assert.Equal("a:b:c", file.Find("h", 5432, "db", "u"));
    }

    [Fact]
    public void A_unix_socket_matches_localhost_entries()
    {
        var file = PgPassFile.Parse("localhost:5432:*:postgres:local\n");
        Assert.Equal("local", file.Find("/var/run/postgresql", 5432, "devdb", "postgres"));
        Assert.Null(file.Find("127.0.0.1", 5432, "devdb", "postgres"));
    }

    [Fact]
    public void A_file_others_can_read_is_ignored_with_a_warning()
    {
        if (OperatingSystem.IsWindows()) return;
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "*:*:*:*:secret\n");
        var warnings = new List<string>();
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        Assert.Null(PgPassFile.Load(path, warnings.Add));
        Assert.Contains("group or world access", Assert.Single(warnings));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.Equal("secret", PgPassFile.Load(path, warnings.Add)!.Find("h", 1, "d", "u"));
        File.Delete(path);
    }
}

public class ConnectionResolverTests
{
    static Func<string, string?> Env(params (string key, string value)[] vars) => name => vars.FirstOrDefault(v => v.key == name).value;

    static PasswordSource NoPasswords => new(_ => null, null, _ => { });

    [Fact]
    public void Defaults_are_the_old_scripts_names()
    {
        var prod = ConnectionResolver.Resolve(ServerArguments.None, ServerSection.Empty, "proddb", Env(), NoPasswords, _ => false);
        Assert.Equal(new ServerSettings("localhost", 5432, "proddb", "postgres", null, null), prod);
    }

    [Fact]
    public void Without_a_host_the_local_socket_is_used_when_it_exists()
    {
        var s = ConnectionResolver.Resolve(ServerArguments.None, ServerSection.Empty, "devdb", Env(), NoPasswords, p => p == "/var/run/postgresql/.s.PGSQL.5432");
        Assert.Equal("/var/run/postgresql", s.Host);
    }

    [Fact]
    public void Arguments_beat_config_beats_environment()
    {
        var env = Env(("PGHOST", "envhost"), ("PGPORT", "7000"), ("PGUSER", "envuser"), ("PGSSLMODE", "require"));
        var config = new ServerSection(Host: "confhost", Database: "confdb");
        var fromEnv = ConnectionResolver.Resolve(ServerArguments.None, ServerSection.Empty, "proddb", env, NoPasswords);
        Assert.Equal(new ServerSettings("envhost", 7000, "proddb", "envuser", null, "require"), fromEnv);

        var fromConfig = ConnectionResolver.Resolve(ServerArguments.None, config, "proddb", env, NoPasswords);
        Assert.Equal(("confhost", 7000, "confdb"), (fromConfig.Host, fromConfig.Port, fromConfig.Database));

        var fromArgs = ConnectionResolver.Resolve(new ServerArguments("arghost", 7001, "argdb", "arguser"), config, "proddb", env, NoPasswords);
        Assert.Equal(("arghost", 7001, "argdb", "arguser"), (fromArgs.Host, fromArgs.Port, fromArgs.Database, fromArgs.User));
    }

    [Fact]
    public void Passwords_come_from_PGPASSWORD_before_the_password_file()
    {
        var dir = Directory.CreateTempSubdirectory();
        var pgpass = Path.Combine(dir.FullName, ".pgpass");
        File.WriteAllText(pgpass, "db:5432:proddb:reader:from-file\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(pgpass, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var viaHome = new PasswordSource(Env(), dir.FullName, _ => { });
        Assert.Equal("from-file", viaHome.Find("db", 5432, "proddb", "reader"));
        var viaVariable = new PasswordSource(Env(("PGPASSFILE", pgpass)), null, _ => { });
        Assert.Equal("from-file", viaVariable.Find("db", 5432, "proddb", "reader"));
        var env = new PasswordSource(Env(("PGPASSWORD", "from-env"), ("PGPASSFILE", pgpass)), null, _ => { });
        Assert.Equal("from-env", env.Find("db", 5432, "proddb", "reader"));
    }

    [Fact]
    public void Passwords_never_appear_in_descriptions()
    {
        var s = new ServerSettings("db", 5432, "proddb", "reader", "s3cret-pw", null);
        Assert.DoesNotContain("s3cret-pw", s.Describe());
        Assert.DoesNotContain("s3cret-pw", s.ToString());
    }

    [Fact]
    public void A_bad_PGPORT_or_PGSSLMODE_is_a_clear_error()
    {
        Assert.Contains("PGPORT", Assert.Throws<DevDbException>(() =>
            ConnectionResolver.Resolve(ServerArguments.None, ServerSection.Empty, "proddb", Env(("PGPORT", "abc")), NoPasswords)).Message);
        Assert.Contains("PGSSLMODE", Assert.Throws<DevDbException>(() =>
            ConnectionResolver.Resolve(ServerArguments.None, ServerSection.Empty, "proddb", Env(("PGSSLMODE", "sometimes")), NoPasswords)).Message);
    }
}
