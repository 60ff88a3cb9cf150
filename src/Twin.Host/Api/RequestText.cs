using System.Text;

namespace Twin.Host.Api;

/// <summary>
/// Reads a request body as text up to <see cref="Limit"/> bytes. An overlay is a few kilobytes;
/// the limit keeps a careless or hostile client from filling the host's memory.
/// </summary>
internal sealed record RequestText(string Text, bool TooLarge)
{
    public const int Limit = 256 * 1024;

    public static async Task<RequestText> ReadAsync(HttpRequest request)
    {
        if (request.ContentLength > Limit)
        {
            return new RequestText("", true);
        }

        try
        {
            return await ReadBoundedAsync(request);
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body without a length (chunked) that grows past Kestrel's own limit.
            return new RequestText("", true);
        }
    }

    private static async Task<RequestText> ReadBoundedAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > Limit)
            {
                return new RequestText("", true);
            }

            buffer.Write(chunk, 0, read);
        }

        return new RequestText(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), false);
    }
}
