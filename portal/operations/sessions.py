"""Sessions read from Redis and kept in the database (SESSION_ENGINE when REDIS_URL is set).

Django's cached_db sessions, except that they are read from the database while the cache does
not answer, instead of failing the request. A logout still fails then: the session it ends would
otherwise come back from the cache once Redis answers again.
"""

import logging

from django.contrib.sessions.backends import cached_db, db
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


class SessionStore(cached_db.SessionStore):
    def load(self):
        try:
            data = self._cache.get(self.cache_key)
        except RedisError as error:
            logger.warning("Sessions are read from the database; the cache: %s", error)
            return db.SessionStore.load(self)
        if data is not None:
            return data
        session = self._get_session_from_db()
        if not session:
            return {}
        data = self.decode(session.session_data)
        try:
            self._cache.set(self.cache_key, data, self.get_expiry_age(expiry=session.expire_date))
        except RedisError as error:
            logger.warning("A session was not kept in the cache, which does not answer: %s", error)
        return data

    def exists(self, session_key):
        try:
            return super().exists(session_key)
        except RedisError:
            return db.SessionStore.exists(self, session_key)
