using System.Buffers.Binary;

namespace Lagesbild.Site.Images;

/// <summary>
/// Reads a JPEG's size from its start-of-frame (SOFn) segment, walking the marker segments before
/// it: EXIF and colour profiles come first, so the size is rarely at a fixed offset.
/// </summary>
public static class JpegHeader
{
    public static bool HasSignature(ReadOnlySpan<byte> bytes) => bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF;

    public static ImageSize? ReadSize(ReadOnlySpan<byte> bytes)
    {
        if (!HasSignature(bytes))
        {
            return null;
        }

        var position = 2;
        while (position + 4 <= bytes.Length)
        {
            if (bytes[position] != 0xFF)
            {
                return null;
            }

            var marker = bytes[position + 1];
            if (marker == 0xFF)
            {
                // A fill byte before the marker.
                position++;
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                // Markers without a length: TEM and the restart markers.
                position += 2;
                continue;
            }

            if (marker is 0xD9 or 0xDA)
            {
                // End of image or start of scan before any frame header: no size to give.
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(position + 2, 2));
            if (length < 2 || position + 2 + length > bytes.Length)
            {
                return null;
            }

            if (IsStartOfFrame(marker))
            {
                // length (2), precision (1), height (2), width (2)
                if (length < 7)
                {
                    return null;
                }

                var height = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(position + 5, 2));
                var width = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(position + 7, 2));
                return ImageSizes.Valid(width, height);
            }

            position += 2 + length;
        }

        return null;
    }

    // C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding) share the range but are not frames.
    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
}
