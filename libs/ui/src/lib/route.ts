import { useParams } from 'react-router';

/** The id of the collaboration in the URL (screens under /c/:collaborationId in both apps). */
export function useCollaborationId(): string {
  const { collaborationId } = useParams();
  return collaborationId ?? '';
}
