using System.Diagnostics;
using System.Text;
using DevDb.Common;

namespace DevDb.Tools;

/// <summary>Finds and runs PostgreSQL's client programs (pg_dump, pg_restore). Passwords go only through the environment.</summary>
public static class PgTools
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    /// <summary>
    /// A program's path: the newest installed PostgreSQL's bin folder on Debian-style systems, or PATH.
    /// Newest first, because pg_dump refuses servers newer than itself.
    /// </summary>
    public static string Find(string program, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var exe = OperatingSystem.IsWindows() ? program + ".exe" : program;
        var binDir = environment("DEVDB_PG_BIN");
        if (!string.IsNullOrEmpty(binDir))
        {
            var candidate = Path.Combine(binDir, exe);
            if (File.Exists(candidate)) return candidate;
            throw new DevDbException($"{program} not found in DEVDB_PG_BIN ({binDir})", ExitCodes.ExternalTool);
        }
        foreach (var root in new[] { "/usr/lib/postgresql", "/usr/pgsql", "/opt/homebrew/opt" })
        {
            if (!Directory.Exists(root)) continue;
            var newest = Directory.GetDirectories(root)
                .Select(d => (dir: d, version: int.TryParse(Path.GetFileName(d), out var v) ? v : -1))
                .Where(d => d.version > 0 && File.Exists(Path.Combine(d.dir, "bin", exe)))
                .OrderByDescending(d => d.version).FirstOrDefault();
            if (newest.dir is not null) return Path.Combine(newest.dir, "bin", exe);
        }
        foreach (var dir in (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, exe);
            if (File.Exists(candidate)) return candidate;
        }
        throw new DevDbException($"{program} not found: install the PostgreSQL client programs (Debian/Ubuntu: postgresql-client) or set DEVDB_PG_BIN", ExitCodes.ExternalTool);
    }

    /// <summary>Major version of a client program, from its --version line.</summary>
    public static int MajorVersion(string path)
    {
        var result = Run(path, ["--version"], new Dictionary<string, string?>());
        var digits = result.StandardOutput.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(t => char.IsDigit(t[0])) ?? "";
        return int.TryParse(digits.Split('.')[0], out var major) ? major : 0;
    }

    /// <summary>Runs a program and waits; stdout is captured, or written to <paramref name="stdoutFile"/>.</summary>
    public static Result Run(string path, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment,
        string? stdoutFile = null, string? standardInput = null)
    {
        var info = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        foreach (var (k, v) in environment)
        {
            if (v is null) info.Environment.Remove(k);
            else info.Environment[k] = v;
        }

        using var process = Process.Start(info) ?? throw new DevDbException($"could not start {path}", ExitCodes.ExternalTool);
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout;
        if (stdoutFile is not null)
        {
            using (var file = File.Create(stdoutFile)) process.StandardOutput.BaseStream.CopyTo(file);
            stdout = "";
        }
        else
        {
            var read = process.StandardOutput.ReadToEndAsync();
            if (standardInput is not null)
            {
                process.StandardInput.Write(standardInput);
                process.StandardInput.Close();
            }
            stdout = read.Result;
        }
        process.WaitForExit();
        return new Result(process.ExitCode, stdout, stderr.Result);
    }

    /// <summary>The first meaningful line of a client program's error output, without its "pg_dump: error:" prefix.</summary>
    public static string FirstError(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = lines.FirstOrDefault(l => l.Contains("error:", StringComparison.Ordinal)) ?? lines.FirstOrDefault() ?? "no error output";
        var at = line.IndexOf("error:", StringComparison.Ordinal);
        return at >= 0 ? line[(at + 6)..].Trim() : line;
    }
}
