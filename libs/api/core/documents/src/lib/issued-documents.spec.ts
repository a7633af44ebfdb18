import { FileStorage } from '@koko/api/core/storage';
import { issueWithStoredDocument } from './issued-documents';

function fakeStorage() {
  const files = new Map<string, Buffer>();
  const storage = {
    put: jest.fn(async (key: string, content: AsyncIterable<Buffer>) => {
      const chunks: Buffer[] = [];
      for await (const chunk of content) chunks.push(Buffer.from(chunk));
      files.set(key, Buffer.concat(chunks));
      return { size: files.get(key)!.length, sha256: 'abc' };
    }),
    delete: jest.fn(async (key: string) => void files.delete(key)),
  };
  return { files, storage: storage as unknown as FileStorage & typeof storage };
}

describe('issueWithStoredDocument', () => {
  it('stores the PDF under a fresh key and hands back what the row records', async () => {
    const { files, storage } = fakeStorage();
    const result = await issueWithStoredDocument(storage, async (store) => store(Buffer.from('%PDF-1.7')));
    expect(result).toEqual({ storageKey: expect.any(String), sha256: 'abc', sizeBytes: 8 });
    expect([...files.keys()]).toEqual([result.storageKey]);
    expect(storage.delete).not.toHaveBeenCalled();
  });

  it('removes the stored file when the issue fails after storing it, and touches nothing when it fails before', async () => {
    const { files, storage } = fakeStorage();
    await expect(
      issueWithStoredDocument(storage, async (store) => {
        await store(Buffer.from('%PDF-1.7'));
        throw new Error('insert failed');
      }),
    ).rejects.toThrow('insert failed');
    expect(files.size).toBe(0);
    expect(storage.delete).toHaveBeenCalledTimes(1);

    await expect(issueWithStoredDocument(storage, async () => Promise.reject(new Error('not eligible')))).rejects.toThrow('not eligible');
    expect(storage.delete).toHaveBeenCalledTimes(1);
  });
});
